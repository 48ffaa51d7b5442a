import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { formatCode } from '../../../shared/codes';
import { MAX_PHOTO_BYTES, type GridSource, type GridStatus } from '../../../shared/grid';
import { maskPhone } from '../../../shared/identity/phone';
import { isDeskRole } from '../../../shared/roles';
import type { dismissGridReportInput, GridFields, gridReportInput } from '../../../shared/schemas/grid';
import { GRID_MSG } from '../../../shared/text/messages';
import { GRID_STATUS_LABELS } from '../../../shared/text/labels';
import { chinaDay } from '../../../shared/time';
import type { RiskLevel } from '../../../shared/risk';
import { DeskError } from '../../domain/errors';
import { photoKind } from '../../domain/photoKind';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Actor, Caller, ServiceContext } from '../context';
import { nextSerial } from '../serials';

export const GRID_CODE_PREFIX = 'WG';

/** A report as the lists show it: the party's phone masked, photos counted. */
export interface GridReportRow {
  id: number;
  code: string;
  source: GridSource;
  externalNo: string | null;
  reporterName: string;
  gridName: string;
  place: string;
  foundOn: string;
  partyName: string;
  partyPhoneMasked: string;
  content: string;
  riskLevel: RiskLevel | null;
  status: GridStatus;
  matterId: number | null;
  matterCode: string | null;
  dismissReason: string;
  reportedAt: string;
  photoIds: number[];
}

/** One report to keep: the phone's (with its photos) or an import's row. */
export interface NewGridReport extends GridFields {
  source: GridSource;
  reporterId: number | null;
  reporterName: string;
  externalNo: string | null;
  importId: number | null;
  idempotencyKey: string | null;
}

/** Keeps one report under a new WG code, inside the caller's transaction. */
export async function insertGridReport(trx: Kysely<Database>, at: Date, r: NewGridReport): Promise<{ id: number; code: string }> {
  const day = chinaDay(at);
  const code = formatCode(GRID_CODE_PREFIX, day, await nextSerial(trx, 'grid_report', day));
  const { id } = await trx
    .insertInto('grid_report')
    .values({
      code,
      source: r.source,
      external_no: r.externalNo,
      import_id: r.importId,
      reporter_id: r.reporterId,
      reporter_name: r.reporterName,
      grid_name: r.gridName,
      place: r.place,
      found_on: r.foundOn,
      party_name: r.partyName,
      party_phone: r.partyPhone,
      content: r.content,
      risk_level: r.riskLevel,
      status: 'pending',
      matter_id: null,
      handled_by: null,
      handled_at: null,
      reported_at: at.toISOString(),
      reported_day: day,
      idempotency_key: r.idempotencyKey,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, code };
}

/** The photos as sent, checked by their bytes: JPEG or PNG, each within the size the host keeps. */
function checkedPhotos(photos: readonly string[]) {
  return photos.map((b64, i) => {
    const bytes = Buffer.from(b64, 'base64');
    const mime = photoKind(bytes);
    if (!mime) throw new DeskError('bad_input', GRID_MSG.notImage(i + 1));
    if (bytes.length > MAX_PHOTO_BYTES) throw new DeskError('bad_input', GRID_MSG.photoTooLarge(i + 1, MAX_PHOTO_BYTES / 1024));
    return { mime, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

/** 网格上报 from the phone: kept with its photos in one transaction, audited; the desk's queue hears of it. */
export async function submitGridReport(ctx: ServiceContext, actor: Actor, input: z.output<typeof gridReportInput>): Promise<{ id: number; code: string; replayed: boolean }> {
  const now = ctx.clock.now();
  if (input.foundOn > chinaDay(now)) throw new DeskError('bad_input', GRID_MSG.futureDay);
  const photos = checkedPhotos(input.photos);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const earlier = await trx.selectFrom('grid_report').select(['id', 'code']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (earlier) return { ...earlier, replayed: true };
    const { idempotencyKey, gridName, place, foundOn, partyName, partyPhone, content, riskLevel } = input;
    const fields = { gridName, place, foundOn, partyName, partyPhone, content, riskLevel };
    const me = await trx.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    const report = await insertGridReport(trx, now, { ...fields, source: 'phone', reporterId: actor.userId, reporterName: me.display_name, externalNo: null, importId: null, idempotencyKey });
    for (const p of photos) await trx.insertInto('grid_photo').values({ report_id: report.id, mime: p.mime, bytes: p.bytes, sha256: p.sha256 }).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'grid.report', entity: 'grid_report', entityId: report.id, detail: { code: report.code, photos: photos.length } });
    return { ...report, replayed: false };
  });
  if (!result.replayed) ctx.events.publish({ type: 'grid.changed' });
  return result;
}

function reportQuery(db: Kysely<Database>) {
  return db
    .selectFrom('grid_report')
    .leftJoin('matter', 'matter.id', 'grid_report.matter_id')
    .select([
      'grid_report.id',
      'grid_report.code',
      'grid_report.source',
      'grid_report.external_no',
      'grid_report.reporter_name',
      'grid_report.grid_name',
      'grid_report.place',
      'grid_report.found_on',
      'grid_report.party_name',
      'grid_report.party_phone',
      'grid_report.content',
      'grid_report.risk_level',
      'grid_report.status',
      'grid_report.matter_id',
      'matter.code as matter_code',
      'grid_report.dismiss_reason',
      'grid_report.reported_at',
    ]);
}
type ReportRecord = Awaited<ReturnType<ReturnType<typeof reportQuery>['execute']>>[number];

async function toRows(db: Kysely<Database>, records: ReportRecord[]): Promise<GridReportRow[]> {
  const ids = records.map((r) => r.id);
  const photos = ids.length ? await db.selectFrom('grid_photo').select(['id', 'report_id']).where('report_id', 'in', ids).orderBy('id').execute() : [];
  return records.map((r) => ({
    id: r.id,
    code: r.code,
    source: r.source,
    externalNo: r.external_no,
    reporterName: r.reporter_name,
    gridName: r.grid_name,
    place: r.place,
    foundOn: r.found_on,
    partyName: r.party_name,
    partyPhoneMasked: maskPhone(r.party_phone),
    content: r.content,
    riskLevel: r.risk_level,
    status: r.status,
    matterId: r.matter_id,
    matterCode: r.matter_code,
    dismissReason: r.dismiss_reason,
    reportedAt: r.reported_at,
    photoIds: photos.filter((p) => p.report_id === r.id).map((p) => p.id),
  }));
}

/** The 网格员's own reports, newest first, with what the desk made of each. */
export async function myGridReports(ctx: ServiceContext, actor: Actor): Promise<GridReportRow[]> {
  const records = await reportQuery(ctx.db).where('grid_report.reporter_id', '=', actor.userId).orderBy('grid_report.id', 'desc').limit(30).execute();
  return toRows(ctx.db, records);
}

/** The desk's queue: the reports waiting first (oldest first), then the latest handled ones. */
export async function gridQueue(ctx: ServiceContext, status: GridStatus): Promise<GridReportRow[]> {
  let q = reportQuery(ctx.db).where('grid_report.status', '=', status);
  q = status === 'pending' ? q.orderBy('grid_report.id', 'asc').limit(500) : q.orderBy('grid_report.id', 'desc').limit(200);
  return toRows(ctx.db, await q.execute());
}

/** How many wait for the desk: the badge on 网格上报. */
export async function pendingGridCount(ctx: ServiceContext): Promise<number> {
  const row = await ctx.db.selectFrom('grid_report').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A photo, for the desk or for the 网格员 who took it. */
export async function gridPhoto(ctx: ServiceContext, caller: Caller, photoId: number): Promise<{ mime: string; base64: string }> {
  const row = await ctx.db
    .selectFrom('grid_photo')
    .innerJoin('grid_report', 'grid_report.id', 'grid_photo.report_id')
    .select(['grid_photo.mime', 'grid_photo.bytes', 'grid_report.reporter_id'])
    .where('grid_photo.id', '=', photoId)
    .executeTakeFirst();
  if (!row) throw new DeskError('not_found', GRID_MSG.photoNotFound);
  if (!isDeskRole(caller.role) && row.reporter_id !== caller.userId) throw new DeskError('forbidden', GRID_MSG.notYours);
  return { mime: row.mime, base64: Buffer.from(row.bytes).toString('base64') };
}

async function pendingReport(db: Kysely<Database>, reportId: number) {
  const row = await db.selectFrom('grid_report').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!row) throw new DeskError('not_found', GRID_MSG.notFound);
  if (row.status !== 'pending') throw new DeskError('conflict', GRID_MSG.notPending(GRID_STATUS_LABELS[row.status]));
  return row;
}

/**
 * 受理登记 of a report: what the registration form is filled with, the party's whole phone
 * included (the visitor record needs it). That whole view is audited.
 */
export async function gridReportForRegistration(ctx: ServiceContext, actor: Actor, reportId: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await pendingReport(trx, reportId);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'grid.reveal_phone', entity: 'grid_report', entityId: r.id, detail: { purpose: '受理登记' } });
    return { id: r.id, code: r.code, reporterName: r.reporter_name, gridName: r.grid_name, place: r.place, foundOn: r.found_on, partyName: r.party_name, partyPhone: r.party_phone, content: r.content, riskLevel: r.risk_level };
  });
}

/** Inside the registration's transaction: the report becomes the matter registered from it. */
export async function markGridReportRegistered(trx: Kysely<Database>, actor: Actor, at: Date, reportId: number, matterId: number): Promise<void> {
  await pendingReport(trx, reportId);
  await trx.updateTable('grid_report').set({ status: 'registered', matter_id: matterId, handled_by: actor.userId, handled_at: at.toISOString() }).where('id', '=', reportId).execute();
}

/** 不立事项: the desk sets a report aside with its reason, audited. */
export async function dismissGridReport(ctx: ServiceContext, actor: Actor, input: z.output<typeof dismissGridReportInput>): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const r = await pendingReport(trx, input.reportId);
    await trx.updateTable('grid_report').set({ status: 'dismissed', dismiss_reason: input.reason, handled_by: actor.userId, handled_at: now.toISOString() }).where('id', '=', r.id).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'grid.dismiss', entity: 'grid_report', entityId: r.id, detail: { code: r.code, reason: input.reason } });
  });
  ctx.events.publish({ type: 'grid.changed' });
}
