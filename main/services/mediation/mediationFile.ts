import type { z } from 'zod';
import { checkIdNumber } from '../../../shared/identity/idNumber';
import { ageOn, committeeShortName, type MediationSource, type Party, type Performance } from '../../../shared/mediation';
import { MEDIATION_PAPERS, type Investigation, type mediationInput, type revisitRecordInput } from '../../../shared/schemas/mediation';
import { DOC_MSG, MEDIATION_MSG, VISIT_MSG } from '../../../shared/text/messages';
import { MEDIATION_SOURCE_LABELS, PERFORMANCE_LABELS, SATISFACTION_LABELS, SEX_LABELS } from '../../../shared/text/labels';
import { chinaDay, chineseDate } from '../../../shared/time';
import type { Satisfaction } from '../../../shared/visit';
import { judicialConfirmationUntil, mediationRefusal } from '../../domain/mediationRules';
import { DeskError } from '../../domain/errors';
import type { MediationPaperData } from '../../print/documents/mediationParts';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { loadWorkCalendar } from '../calendar/workCalendar';
import type { FlowActor } from '../flow';

export type MediationInput = z.infer<typeof mediationInput>;

/** The mediator's form as loaded: the saved file, or a draft filled from the matter and its visit. */
export interface MediationCase extends Omit<MediationInput, 'version'> {
  version: number;
  saved: boolean;
  committeeName: string;
  matterCode: string;
  /** The issued, valid agreement's number, which locks the file. */
  agreementNumber: string | null;
  /** 卷号, once the file has been bound (printed as a 卷宗); null before. */
  fileNumber: string | null;
  /** 纠纷类型: the matter's category. */
  disputeType: string;
  /** The day the standing agreement was issued (it takes effect then), and the last day to apply for 司法确认. */
  agreementOn: string | null;
  judicialUntil: string | null;
  revisit: { revisitedOn: string; performed: Performance; satisfaction: Satisfaction; note: string; revisitedBy: string; judicialConfirmed: boolean } | null;
}

async function matterForMediation(ctx: ServiceContext, matterId: number) {
  const m = await ctx.db
    .selectFrom('matter')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .select(['matter.id', 'matter.code', 'matter.status', 'matter.content', 'matter.opened_visit_id', 'matter.station_id', 'matter.settled_at_desk', 'station.kind as stationKind', 'station.name as stationName', 'station.short_name as shortName', 'category.name as categoryName'])
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  if (!m) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  return m;
}

/** Refuses, in Chinese, anyone who may not keep this matter's mediation file. */
export async function checkedMatter(ctx: ServiceContext, actor: FlowActor, matterId: number) {
  const m = await matterForMediation(ctx, matterId);
  const refusal = mediationRefusal(actor, { status: m.status, stationId: m.station_id, stationKind: m.stationKind, settledAtDesk: m.settled_at_desk === 1 });
  if (refusal) throw new DeskError(refusal === 'not_open' ? 'conflict' : 'forbidden', MEDIATION_MSG.refused[refusal]);
  return m;
}

/** A paper of a mediation file, reached only by those who may keep that file (it carries whole ID numbers). */
export async function mediationPaper(ctx: ServiceContext, actor: FlowActor, documentId: number): Promise<number> {
  const doc = await ctx.db.selectFrom('document').select(['kind', 'matter_id']).where('id', '=', documentId).executeTakeFirst();
  if (!doc || doc.matter_id === null || !(MEDIATION_PAPERS as readonly string[]).includes(doc.kind)) throw new DeskError('not_found', DOC_MSG.notFound);
  await checkedMatter(ctx, actor, doc.matter_id);
  return documentId;
}

/** Whether the actor may open the matter's mediation file (the matter page offers it then). */
export async function mayMediate(ctx: ServiceContext, actor: FlowActor, matterId: number): Promise<boolean> {
  const m = await matterForMediation(ctx, matterId);
  return mediationRefusal(actor, { status: m.status, stationId: m.station_id, stationKind: m.stationKind, settledAtDesk: m.settled_at_desk === 1 }) === null;
}

/** The matter's issued agreement that still stands, if any: its number and the day it was issued. */
async function standingAgreement(ctx: Pick<ServiceContext, 'db'>, matterId: number): Promise<{ number: string; day: string } | null> {
  const row = await ctx.db
    .selectFrom('document')
    .select(['number', 'business_day as day'])
    .where('matter_id', '=', matterId)
    .where('kind', '=', 'mediation_agreement')
    .where('status', '=', 'issued')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

/** The number of the matter's issued agreement that still stands, if any. */
export async function validAgreementNumber(ctx: ServiceContext, matterId: number): Promise<string | null> {
  return (await standingAgreement(ctx, matterId))?.number ?? null;
}

/** The people of the visit that opened the matter, as parties, with their whole ID numbers. */
export async function partiesFromVisit(ctx: ServiceContext, visitId: number, today: string): Promise<Party[]> {
  const people = await ctx.db
    .selectFrom('visit_visitor')
    .innerJoin('visitor', 'visitor.id', 'visit_visitor.visitor_id')
    .select(['visitor.name', 'visitor.sex', 'visitor.ethnicity', 'visitor.birth_date', 'visitor.id_number', 'visitor.phone', 'visitor.address_text'])
    .where('visit_visitor.visit_id', '=', visitId)
    .orderBy('visit_visitor.position')
    .execute();
  return people.map((p) => ({
    kind: 'person',
    name: p.name,
    sex: p.sex === 'M' ? '男' : p.sex === 'F' ? '女' : '',
    ethnicity: p.ethnicity ?? '',
    age: p.birth_date ? ageOn(p.birth_date, today) : null,
    idNumber: p.id_number ?? '',
    occupation: '',
    phone: p.phone,
    address: p.address_text,
  }));
}

const emptyParty: Party = { kind: 'person', name: '', sex: '', ethnicity: '', age: null, idNumber: '', occupation: '', phone: '', address: '' };

/** The saved file of a matter, as the papers read it; null before the first save. */
export async function readMediationFile(ctx: ServiceContext, matterId: number): Promise<MediationCase | null> {
  const row = await ctx.db
    .selectFrom('mediation')
    .innerJoin('station', 'station.id', 'mediation.station_id')
    .innerJoin('matter', 'matter.id', 'mediation.matter_id')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .selectAll('mediation')
    .select(['station.name as committeeName', 'matter.code as matterCode', 'category.name as categoryName'])
    .where('mediation.matter_id', '=', matterId)
    .executeTakeFirst();
  if (!row) return null;
  const agreement = await standingAgreement(ctx, matterId);
  // An oral agreement takes effect when the parties agree (the day of mediation); a written one when issued.
  const agreementOn = agreement?.day ?? (row.oral === 1 ? row.mediated_on : null);
  return {
    matterId,
    committeeName: row.committeeName,
    matterCode: row.matterCode,
    disputeType: row.categoryName,
    agreementNumber: agreement?.number ?? null,
    agreementOn,
    judicialUntil: agreementOn ? judicialConfirmationUntil(await loadWorkCalendar(ctx.db), agreementOn) : null,
    version: row.version,
    saved: true,
    source: row.source,
    parties: JSON.parse(row.parties) as Party[],
    facts: row.facts,
    clauses: JSON.parse(row.clauses) as string[],
    performance: row.performance,
    amountYuan: row.amount_fen / 100,
    mediator: row.mediator,
    recorder: row.recorder,
    mediatedOn: row.mediated_on,
    acceptedOn: row.accepted_on,
    requests: JSON.parse(row.requests) as string[],
    responsibility: row.responsibility,
    participants: row.participants,
    investigations: JSON.parse(row.investigations) as Investigation[],
    fileNumber: row.file_number,
    place: row.place,
    record: row.record,
    oral: row.oral === 1,
    preventsCriminal: row.prevents_criminal === 1,
    preventsCollective: row.prevents_collective === 1,
    revisit:
      row.revisited_on && row.performed && row.revisit_satisfaction
        ? { revisitedOn: row.revisited_on, performed: row.performed, satisfaction: row.revisit_satisfaction, note: row.revisit_note, revisitedBy: row.revisited_by, judicialConfirmed: row.judicial_confirmed === 1 }
        : null,
  };
}

/** 调解卷宗: the saved file, or a draft the mediator starts from. Whole ID numbers are shown, and audited. */
export async function getMediationCase(ctx: ServiceContext, actor: FlowActor, matterId: number): Promise<MediationCase> {
  const m = await checkedMatter(ctx, actor, matterId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, now, { actorId: actor.userId, action: 'mediation.open', entity: 'matter', entityId: matterId, detail: { reason: '调解卷宗含当事人完整身份证号' } }),
  );
  const saved = await readMediationFile(ctx, matterId);
  if (saved) return saved;
  const today = chinaDay(now);
  const user = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const parties = await partiesFromVisit(ctx, m.opened_visit_id, today);
  // A dispute has another side, usually not at the desk: an empty block for the mediator to fill.
  while (parties.length < 2) parties.push({ ...emptyParty });
  return {
    matterId,
    committeeName: m.stationName ?? '',
    matterCode: m.code,
    disputeType: m.categoryName,
    agreementNumber: null,
    agreementOn: null,
    judicialUntil: null,
    version: 0,
    saved: false,
    source: 'applied',
    parties,
    facts: m.content,
    clauses: [''],
    performance: '',
    amountYuan: 0,
    mediator: user.display_name,
    recorder: '',
    mediatedOn: today,
    acceptedOn: today,
    requests: [],
    responsibility: '',
    participants: '',
    investigations: [],
    fileNumber: null,
    place: `${m.stationName ?? ''}调解室`,
    record: '',
    oral: false,
    preventsCriminal: false,
    preventsCollective: false,
    revisit: null,
  };
}

/**
 * ID numbers are stored in their 18-digit upper-case form; a person with a valid number takes sex
 * and age from it (age on the day of mediation), so the papers never state them against the card.
 */
function normalizedParties(parties: Party[], today: string, mediatedOn: string): Party[] {
  return parties.map((p) => {
    if (p.kind !== 'person' || p.idNumber === '') return p;
    const check = checkIdNumber(p.idNumber, today);
    if (!check.ok) return p;
    return { ...p, idNumber: check.normalized, sex: SEX_LABELS[check.sex], age: ageOn(check.birthDate, mediatedOn) };
  });
}

/** Saves the file; refused while an issued agreement stands, and when someone else saved first. */
export async function saveMediationCase(ctx: ServiceContext, actor: FlowActor, input: MediationInput): Promise<{ version: number }> {
  const m = await checkedMatter(ctx, actor, input.matterId);
  const now = ctx.clock.now();
  const version = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const issued = await validAgreementNumber(tctx, input.matterId);
    if (issued) throw new DeskError('conflict', MEDIATION_MSG.locked(issued));
    const existing = await trx.selectFrom('mediation').select(['version']).where('matter_id', '=', input.matterId).executeTakeFirst();
    if ((existing?.version ?? 0) !== input.version) throw new DeskError('conflict', MEDIATION_MSG.stale);
    const values = {
      source: input.source,
      parties: JSON.stringify(normalizedParties(input.parties, chinaDay(now), input.mediatedOn)),
      facts: input.facts,
      clauses: JSON.stringify(input.clauses),
      performance: input.performance,
      amount_fen: Math.round(input.amountYuan * 100),
      mediator: input.mediator,
      recorder: input.recorder,
      mediated_on: input.mediatedOn,
      accepted_on: input.acceptedOn,
      requests: JSON.stringify(input.requests),
      responsibility: input.responsibility,
      participants: input.participants,
      investigations: JSON.stringify(input.investigations),
      place: input.place,
      record: input.record,
      oral: input.oral ? 1 : 0,
      prevents_criminal: input.preventsCriminal ? 1 : 0,
      prevents_collective: input.preventsCollective ? 1 : 0,
      version: input.version + 1,
      updated_by: actor.userId,
      updated_at: now.toISOString(),
    };
    if (existing) await trx.updateTable('mediation').set(values).where('matter_id', '=', input.matterId).execute();
    else await trx.insertInto('mediation').values({ ...values, matter_id: input.matterId, station_id: m.station_id! }).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: existing ? 'mediation.update' : 'mediation.create', entity: 'matter', entityId: input.matterId, detail: { version: values.version, parties: input.parties.length, clauses: input.clauses.length } });
    return values.version;
  });
  ctx.events.publish({ type: 'matters.changed', matterId: input.matterId, stationIds: m.station_id === null ? [] : [m.station_id] });
  return { version };
}

/** 回访: whether the agreement was carried out, and 司法确认; the file must be saved first. */
export async function saveRevisitRecord(ctx: ServiceContext, actor: FlowActor, input: z.infer<typeof revisitRecordInput>): Promise<void> {
  await checkedMatter(ctx, actor, input.matterId);
  const now = ctx.clock.now();
  const stationId = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('mediation')
      .set({ revisited_on: input.revisitedOn, performed: input.performed, revisit_satisfaction: input.satisfaction, revisit_note: input.note, revisited_by: input.revisitedBy, judicial_confirmed: input.judicialConfirmed ? 1 : 0, updated_at: now.toISOString(), updated_by: actor.userId })
      .where('matter_id', '=', input.matterId)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new DeskError('conflict', MEDIATION_MSG.notSaved);
    // One 回访 per matter: the one in the file is the matter's too — in its timeline, and no longer due.
    // The status does not move, so the matter's version (the flow's optimistic lock) stays.
    const matter = await trx.selectFrom('matter').select(['status', 'referral_id', 'station_id']).where('id', '=', input.matterId).executeTakeFirstOrThrow();
    await trx.updateTable('matter').set({ revisit_due: null, updated_at: now.toISOString() }).where('id', '=', input.matterId).execute();
    await trx
      .insertInto('matter_event')
      .values({
        matter_id: input.matterId,
        referral_id: matter.referral_id,
        at: now.toISOString(),
        actor_id: actor.userId,
        action: 'revisit',
        status_after: matter.status,
        note: input.note,
        detail: JSON.stringify({ satisfaction: input.satisfaction, performed: input.performed }),
      })
      .execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'mediation.revisit', entity: 'matter', entityId: input.matterId, detail: { performed: input.performed, satisfaction: input.satisfaction } });
    return matter.station_id;
  });
  ctx.events.publish({ type: 'matters.changed', matterId: input.matterId, stationIds: stationId === null ? [] : [stationId] });
}

/** The committee that numbers the matter's agreement, and its short name for the number. */
export async function mediationCommittee(ctx: ServiceContext, matterId: number): Promise<{ stationId: number; shortName: string }> {
  const row = await ctx.db
    .selectFrom('mediation')
    .innerJoin('station', 'station.id', 'mediation.station_id')
    .select(['station.id', 'station.name', 'station.short_name'])
    .where('mediation.matter_id', '=', matterId)
    .executeTakeFirst();
  if (!row) throw new DeskError('conflict', MEDIATION_MSG.notSaved);
  return { stationId: row.id, shortName: committeeShortName(row.name, row.short_name) };
}

const yuan = (amount: number) => (amount > 0 ? `人民币${amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元` : '');

/** What a mediation paper shows, from the file as given (a saved one, or the form being previewed). */
export function paperData(file: Omit<MediationCase, 'version' | 'saved' | 'matterId'>, paper: { number: string; reprint: boolean; preview: boolean }): MediationPaperData {
  return {
    committeeName: file.committeeName,
    agreementNumber: file.agreementNumber ?? '',
    matterCode: file.matterCode,
    source: file.source as MediationSource,
    sourceLabel: MEDIATION_SOURCE_LABELS[file.source as MediationSource],
    disputeType: file.disputeType,
    parties: file.parties,
    facts: file.facts,
    requests: file.requests ?? [],
    responsibility: file.responsibility ?? '',
    participants: file.participants ?? '',
    investigations: (file.investigations ?? []).map((i) => ({ ...i, on: chineseDate(i.on), participants: i.participants ?? '' })),
    acceptedOn: chineseDate(file.acceptedOn),
    fileNumber: file.fileNumber ?? '',
    clauses: file.clauses,
    performance: file.performance,
    amount: yuan(file.amountYuan),
    mediator: file.mediator,
    recorder: file.recorder,
    mediatedOn: chineseDate(file.mediatedOn),
    place: file.place,
    record: file.record,
    revisit: file.revisit && {
      on: chineseDate(file.revisit.revisitedOn),
      performed: PERFORMANCE_LABELS[file.revisit.performed],
      satisfaction: SATISFACTION_LABELS[file.revisit.satisfaction],
      note: file.revisit.note,
      by: file.revisit.revisitedBy,
      judicialConfirmed: file.revisit.judicialConfirmed,
    },
    agreementOn: file.agreementOn ? chineseDate(file.agreementOn) : '',
    judicialUntil: file.judicialUntil ? chineseDate(file.judicialUntil) : '',
    ...paper,
  };
}

/** The preview of an agreement from the form as it stands, unsaved and unnumbered. */
export async function previewAgreement(ctx: ServiceContext, actor: FlowActor, input: MediationInput): Promise<string> {
  const m = await checkedMatter(ctx, actor, input.matterId);
  const existing = await ctx.db.selectFrom('mediation').select('station_id').where('matter_id', '=', input.matterId).executeTakeFirst();
  const committee = await ctx.db.selectFrom('station').select('name').where('id', '=', existing?.station_id ?? m.station_id!).executeTakeFirstOrThrow();
  const data = paperData({ ...input, committeeName: committee.name, matterCode: m.code, disputeType: m.categoryName, agreementNumber: null, agreementOn: null, judicialUntil: null, fileNumber: null, revisit: null }, { number: '（预览，出具时编号）', reprint: false, preview: true });
  const pdf = await ctx.pdf.render({ kind: input.oral ? 'oral_agreement' : 'mediation_agreement', data });
  return pdf.toString('base64');
}
