import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentNumber, type DocumentKind } from '../../shared/documents';
import { maskIdNumber } from '../../shared/identity/idNumber';
import { maskPhone } from '../../shared/identity/phone';
import { DOC_MSG, VISIT_MSG } from '../../shared/text/messages';
import { chinaDay, chineseDate } from '../../shared/time';
import { DeskError } from '../domain/errors';
import type { ReceiptLayout } from '../print/documents/Receipt';
import type { PdfJob } from '../print/pdfJobs';
import { recordAudit } from './audit';
import type { Actor, ServiceContext } from './context';
import { nextSerial } from './serials';
import { currentReferral } from './history';
import { getCentre } from './settings';

export interface DocumentRow {
  id: number;
  kind: DocumentKind;
  number: string;
  matterId: number | null;
  matterCode: string | null;
  status: 'issued' | 'voided';
  voidReason: string;
  createdAt: string;
  createdBy: string;
  prints: number;
  reprints: number;
}

export interface PrintedDocument {
  documentId: number;
  number: string;
  /** The PDF, base64: small enough (tens of KB) to travel in the API's JSON. */
  pdfBase64: string;
}

/** Everything a paper about one matter may show, read once. */
async function matterFacts(ctx: ServiceContext, matterId: number) {
  const m = await ctx.db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .innerJoin('visit', 'visit.id', 'matter.opened_visit_id')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select([
      'matter.code',
      'matter.status',
      'matter.content',
      'matter.deadline',
      'matter.referral_id',
      'matter.decline_reason',
      'matter.decline_channel',
      'category.name as categoryName',
      'category.time_limit_days',
      'visitor.name',
      'visitor.id_number',
      'visitor.phone',
      'visit.visit_no',
      'visit.visited_at',
      'visit.business_day',
      'station.name as stationName',
    ])
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  if (!m) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  return m;
}

/** The document's content, built from the matter as it stands now. */
async function buildJob(ctx: ServiceContext, kind: DocumentKind, matterId: number, number: string, actor: Actor, counterId: number | null, layout: ReceiptLayout, reprint: boolean): Promise<PdfJob> {
  const m = await matterFacts(ctx, matterId);
  const centre = await getCentre(ctx);
  const clerk = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const today = chineseDate(chinaDay(ctx.clock.now()));
  switch (kind) {
    case 'receipt': {
      if (m.status === 'declined') throw new DeskError('bad_input', DOC_MSG.declinedNoReceipt);
      const counter = counterId === null ? null : await ctx.db.selectFrom('counter').select('name').where('id', '=', counterId).executeTakeFirst();
      const days = centre.dayBasis === 'working' ? '个工作日' : '日';
      return {
        kind: 'receipt',
        layout,
        data: {
          centreName: centre.centreName,
          followUpPhone: centre.followUpPhone,
          visitNo: m.visit_no,
          matterCode: m.code,
          visitedAt: m.visited_at,
          visitorName: m.name,
          maskedId: m.id_number ? maskIdNumber(m.id_number) : '',
          categoryName: m.categoryName,
          content: m.content,
          stationName: m.stationName,
          timeLimit: m.deadline ? `${m.time_limit_days}${days}内（至${chineseDate(m.deadline)}）` : `${m.time_limit_days}${days}内`,
          counterName: counter?.name ?? '服务窗口',
          clerkName: clerk.display_name,
          reprint,
        },
      };
    }
    case 'notice':
      if (m.status !== 'declined') throw new DeskError('bad_input', DOC_MSG.noticeOnlyDeclined);
      return {
        kind: 'notice',
        data: {
          centreName: centre.centreName,
          number,
          visitorName: m.name,
          visitedDate: chineseDate(m.business_day),
          content: m.content,
          reason: m.decline_reason,
          channel: m.decline_channel,
          issuedDate: today,
          reprint,
        },
      };
    case 'referral_slip': {
      const referral = await currentReferral(ctx, m.referral_id);
      if (!referral) throw new DeskError('bad_input', DOC_MSG.slipNeedsReferral);
      return {
        kind: 'referral_slip',
        data: {
          centreName: centre.centreName,
          number,
          matterCode: m.code,
          visitorName: m.name,
          visitorPhone: m.phone ? maskPhone(m.phone) : '',
          categoryName: m.categoryName,
          content: m.content,
          stationName: referral.stationName,
          helperStationNames: referral.helperStationNames,
          referredDate: chineseDate(referral.referredDay),
          deadlineDate: chineseDate(referral.deadline),
          clerkName: clerk.display_name,
          reprint,
        },
      };
    }
  }
}

/** Renders, keeps the file, and records the print; the document's row already exists. */
async function printOnce(ctx: ServiceContext, documentId: number, number: string, job: PdfJob, actor: Actor, reprint: boolean): Promise<PrintedDocument> {
  let pdf: Buffer;
  try {
    pdf = await ctx.pdf.render(job);
  } catch {
    throw new DeskError('conflict', DOC_MSG.renderFailed);
  }
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const now = ctx.clock.now();
  const relative = join(String(now.getUTCFullYear()), `${number}${reprint ? `-补打-${now.getTime()}` : ''}.pdf`);
  mkdirSync(join(ctx.documentsDir, String(now.getUTCFullYear())), { recursive: true });
  writeFileSync(join(ctx.documentsDir, relative), pdf);
  await ctx.db.transaction().execute(async (trx) => {
    if (!reprint) await trx.updateTable('document').set({ sha256, file: relative }).where('id', '=', documentId).execute();
    await trx.insertInto('document_print').values({ document_id: documentId, at: now.toISOString(), by: actor.userId, reprint: reprint ? 1 : 0, printer: 'pdf', copies: 1, sha256 }).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: reprint ? 'document.reprint' : 'document.print', entity: 'document', entityId: documentId, detail: { number, sha256 } });
  });
  ctx.events.publish({ type: 'documents.changed' });
  return { documentId, number, pdfBase64: pdf.toString('base64') };
}

/** The A4 papers print their own number; the receipt shows the matter's code instead. */
function withNumber(job: PdfJob, number: string): PdfJob {
  switch (job.kind) {
    case 'receipt':
      return job;
    case 'notice':
      return { ...job, data: { ...job.data, number } };
    case 'referral_slip':
      return { ...job, data: { ...job.data, number } };
  }
}

/**
 * A paper about a matter. Its number is allocated and its row saved before anything goes to
 * paper, so a printer that fails leaves a numbered document to print again, never a gap.
 */
export async function issueDocument(ctx: ServiceContext, actor: Actor, counterId: number | null, kind: DocumentKind, matterId: number, layout: ReceiptLayout): Promise<PrintedDocument> {
  // Built before numbering, so a matter that cannot have this paper gets no number.
  const draft = await buildJob(ctx, kind, matterId, '', actor, counterId, layout, false);
  const now = ctx.clock.now();
  const year = Number(chinaDay(now).slice(0, 4));
  const { id, number } = await ctx.db.transaction().execute(async (trx) => {
    const serial = await nextSerial(trx, `document.${kind}`, String(year));
    const number = documentNumber(kind, year, serial);
    const row = await trx
      .insertInto('document')
      .values({ kind, year, serial, number, matter_id: matterId, counter_id: counterId, business_day: chinaDay(now), layout, status: 'issued', void_reason: '', created_by: actor.userId, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'document.issue', entity: 'document', entityId: row.id, detail: { number, kind, matterId } });
    return { id: row.id, number };
  });
  return printOnce(ctx, id, number, withNumber(draft, number), actor, false);
}

/** 补打: the same document printed again, marked as such on the paper and counted. */
export async function reprintDocument(ctx: ServiceContext, actor: Actor, counterId: number | null, documentId: number): Promise<PrintedDocument> {
  const doc = await ctx.db.selectFrom('document').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw new DeskError('not_found', DOC_MSG.notFound);
  if (doc.status === 'voided') throw new DeskError('conflict', DOC_MSG.voided);
  const job = await buildJob(ctx, doc.kind, doc.matter_id!, doc.number, actor, counterId ?? doc.counter_id, doc.layout as ReceiptLayout, true);
  return printOnce(ctx, doc.id, doc.number, job, actor, true);
}

/** 作废: needs a reason; the number stays, visibly void. */
export async function voidDocument(ctx: ServiceContext, actor: Actor, documentId: number, reason: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('document').select(['status', 'number']).where('id', '=', documentId).executeTakeFirst();
    if (!doc) throw new DeskError('not_found', DOC_MSG.notFound);
    if (doc.status === 'voided') throw new DeskError('conflict', DOC_MSG.alreadyVoided);
    const now = ctx.clock.now();
    await trx.updateTable('document').set({ status: 'voided', void_reason: reason, voided_by: actor.userId, voided_at: now.toISOString() }).where('id', '=', documentId).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'document.void', entity: 'document', entityId: documentId, detail: { number: doc.number, reason } });
  });
  ctx.events.publish({ type: 'documents.changed' });
}

/** The kept PDF of a document, as first printed. */
export async function documentPdf(ctx: ServiceContext, documentId: number): Promise<PrintedDocument> {
  const doc = await ctx.db.selectFrom('document').select(['id', 'number', 'file']).where('id', '=', documentId).executeTakeFirst();
  if (!doc?.file) throw new DeskError('not_found', DOC_MSG.notFound);
  return { documentId: doc.id, number: doc.number, pdfBase64: readFileSync(join(ctx.documentsDir, doc.file)).toString('base64') };
}

/** 打印 page: a business day's documents with how often each went to paper. */
export async function documentsOfDay(ctx: ServiceContext, day: string, counterId: number | null): Promise<DocumentRow[]> {
  let q = ctx.db
    .selectFrom('document')
    .leftJoin('matter', 'matter.id', 'document.matter_id')
    .innerJoin('user', 'user.id', 'document.created_by')
    .select((eb) => [
      'document.id',
      'document.kind',
      'document.number',
      'document.matter_id as matterId',
      'matter.code as matterCode',
      'document.status',
      'document.void_reason as voidReason',
      'document.created_at as createdAt',
      'user.display_name as createdBy',
      eb.selectFrom('document_print').select((p) => p.fn.countAll<number>().as('n')).whereRef('document_print.document_id', '=', 'document.id').as('prints'),
      eb.selectFrom('document_print').select((p) => p.fn.countAll<number>().as('n')).whereRef('document_print.document_id', '=', 'document.id').where('document_print.reprint', '=', 1).as('reprints'),
    ])
    .where('document.business_day', '=', day)
    .orderBy('document.id', 'desc');
  if (counterId !== null) q = q.where('document.counter_id', '=', counterId);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, prints: Number(r.prints ?? 0), reprints: Number(r.reprints ?? 0) }));
}
