import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_LABELS, documentNumber, usesReceiptPrinter, type DocumentKind } from '../../shared/documents';
import { agreementCopies, agreementNumber } from '../../shared/mediation';
import { DESK_PAPERS, PER_REFERRAL_PAPERS } from '../../shared/schemas/documents';
import { DAY_MSG, DOC_MSG, MEDIATION_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import { DeskError } from '../domain/errors';
import { voidRule } from '../domain/reconcile';
import type { ReceiptLayout } from '../print/documents/Receipt';
import type { PdfJob } from '../print/pdfJobs';
import { PrinterError } from '../print/printers/printers';
import { recordAudit } from './audit';
import type { Actor, Caller, ServiceContext } from './context';
import { printCount, reprintCount } from './printCounts';
import { buildJob, withNumber, type MatterPaper } from './documentJobs';
import { isDayClosed, recordLateCorrection } from './dayClose';
import { meetingJob } from './assessment/meetings';
import { daySheetJob } from './daySheetJob';
import { mediationCommittee, validAgreementNumber } from './mediation/mediationFile';
import { nextSerial } from './serials';

export interface DocumentRow {
  id: number;
  kind: DocumentKind;
  number: string;
  matterId: number | null;
  matterCode: string | null;
  status: 'issued' | 'voided';
  voidReason: string;
  /** The printer's message while the paper waits to be printed again. */
  printError: string;
  createdAt: string;
  createdBy: string;
  prints: number;
  reprints: number;
  /** Whether the reader may void it: no 作废 button for a paper of a day closed to them. */
  voidable: boolean;
}

/** Where the paper goes: the counter's printer when one is set, or back to the window to print. */
export type PaperRoute = 'auto' | 'window';

/** What a print record names when the window printed the PDF itself. */
const WINDOW_PRINTER = 'window';

export interface PrintedDocument {
  documentId: number;
  number: string;
  /** The PDF, base64: small enough (tens of KB) to travel in the API's JSON. */
  pdfBase64: string;
  /** The counter's printer the paper was sent to; null when the window prints it. */
  printer: string | null;
  /** Why the printer did not take it: the document is saved and waits on the 打印 page. */
  printError: string | null;
  /** How many copies the paper needs (an agreement: one per party and one for the committee). */
  copies: number;
}

interface PrintTarget {
  printer: string | null;
  copies: number;
  media: string | null;
}

/** The counter's printer for this paper, its paper size, and how many copies the paper needs. */
async function printTarget(ctx: ServiceContext, counterId: number | null, job: PdfJob, route: PaperRoute): Promise<PrintTarget> {
  const copies = job.kind === 'mediation_agreement' ? agreementCopies(job.data.parties.length) : 1;
  const media = job.kind === 'receipt' ? (job.layout === 'a5' ? 'A5' : null) : 'A4';
  if (route === 'window' || counterId === null) return { printer: null, copies, media };
  const counter = await ctx.db.selectFrom('counter').select(['receipt_printer', 'a4_printer']).where('id', '=', counterId).executeTakeFirst();
  const printer = (usesReceiptPrinter(job.kind) ? counter?.receipt_printer : counter?.a4_printer) ?? '';
  return { printer: printer || null, copies, media };
}

/**
 * Renders, keeps the file, and sends it to paper; the document's row already exists, so a printer
 * that fails loses nothing: the paper waits with the printer's message until it prints.
 */
async function printOnce(ctx: ServiceContext, documentId: number, number: string, job: PdfJob, actor: Actor, reprint: boolean, target: PrintTarget): Promise<PrintedDocument> {
  let pdf: Buffer;
  try {
    pdf = await ctx.pdf.render(job);
  } catch {
    throw new DeskError('conflict', DOC_MSG.renderFailed);
  }
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const now = ctx.clock.now();
  const relative = join(String(now.getUTCFullYear()), `${number.replace(/[\\/:*?"<>|\s]/g, '')}${reprint ? `-补打-${now.getTime()}` : ''}.pdf`);
  mkdirSync(join(ctx.documentsDir, String(now.getUTCFullYear())), { recursive: true });
  const path = join(ctx.documentsDir, relative);
  writeFileSync(path, pdf);
  let printError: string | null = null;
  if (target.printer) {
    try {
      await ctx.printers.print(path, { printer: target.printer, copies: target.copies, media: target.media, title: number });
    } catch (err) {
      if (!(err instanceof PrinterError)) throw err;
      printError = err.message;
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('document').select('file').where('id', '=', documentId).executeTakeFirstOrThrow();
    // The file kept is the first rendering; later ones (补打) are kept beside it, named so.
    const first = doc.file ? {} : { sha256, file: relative };
    await trx.updateTable('document').set({ ...first, print_error: printError ?? '' }).where('id', '=', documentId).execute();
    if (printError === null) {
      await trx.insertInto('document_print').values({ document_id: documentId, at: now.toISOString(), by: actor.userId, reprint: reprint ? 1 : 0, printer: target.printer ?? WINDOW_PRINTER, copies: target.copies, sha256 }).execute();
    }
    const action = printError !== null ? 'document.print_failed' : reprint ? 'document.reprint' : 'document.print';
    await recordAudit(trx, now, { actorId: actor.userId, action, entity: 'document', entityId: documentId, detail: { number, sha256, printer: target.printer, printError } });
  });
  ctx.events.publish({ type: 'documents.changed' });
  return { documentId, number, pdfBase64: pdf.toString('base64'), printer: target.printer, printError, copies: target.copies };
}

/** The next number of a kind: the agreement also takes its committee's own number for the year. */
async function allocateNumber(ctx: ServiceContext, kind: DocumentKind, year: number, matterId: number | null): Promise<{ serial: number; number: string }> {
  const serial = await nextSerial(ctx.db, `document.${kind}`, String(year));
  if (kind !== 'mediation_agreement') return { serial, number: documentNumber(kind, year, serial) };
  const committee = await mediationCommittee(ctx, matterId!);
  return { serial, number: agreementNumber(year, committee.shortName, await nextSerial(ctx.db, `mediation.committee.${committee.stationId}`, String(year))) };
}

type DeskPaper = (typeof DESK_PAPERS)[number];

/** A valid paper a matter already holds. */
export interface StandingPaper {
  documentId: number;
  number: string;
}

/** What a paper is about: a matter (and for a 派单单 its referral) or a counter's day. */
interface PaperSubject {
  matterId: number | null;
  referralId: number | null;
  sheetDay: string | null;
  /** The 研判会 a 研判记录 records. */
  meetingId?: number;
}

/**
 * The valid paper of a kind that a matter holds: a matter has one receipt, a declined matter one
 * 不予受理告知书, a referral one 派单单. Another copy of it is a 补打, never a new number.
 */
async function standingPaper(db: ServiceContext['db'], kind: DeskPaper, subject: PaperSubject): Promise<StandingPaper | null> {
  const perReferral = PER_REFERRAL_PAPERS.includes(kind);
  if (subject.matterId === null || (perReferral && subject.referralId === null)) return null;
  let q = db.selectFrom('document').select(['id as documentId', 'number']).where('matter_id', '=', subject.matterId).where('kind', '=', kind).where('status', '=', 'issued');
  if (perReferral) q = q.where('referral_id', '=', subject.referralId);
  return (await q.orderBy('id', 'desc').limit(1).executeTakeFirst()) ?? null;
}

const isDeskPaper = (kind: DocumentKind): kind is DeskPaper => (DESK_PAPERS as readonly DocumentKind[]).includes(kind);

/** The matter's valid desk papers: what 打印回执 / 打印告知书 / 打印派单单 would print again. */
export async function standingPapers(ctx: ServiceContext, matterId: number): Promise<Record<DeskPaper, StandingPaper | null>> {
  const matter = await ctx.db.selectFrom('matter').select('referral_id').where('id', '=', matterId).executeTakeFirst();
  const subject = { matterId, referralId: matter?.referral_id ?? null, sheetDay: null };
  const papers = await Promise.all(DESK_PAPERS.map(async (kind) => [kind, await standingPaper(ctx.db, kind, subject)] as const));
  return Object.fromEntries(papers) as Record<DeskPaper, StandingPaper | null>;
}

/** A second valid paper of a kind the matter may hold only once is refused, naming the one it has. */
async function refuseSecondPaper(ctx: ServiceContext, kind: DocumentKind, subject: PaperSubject): Promise<void> {
  if (kind === 'mediation_agreement') {
    const standing = await validAgreementNumber(ctx, subject.matterId!);
    if (standing) throw new DeskError('conflict', MEDIATION_MSG.alreadyIssued(standing));
    return;
  }
  if (!isDeskPaper(kind)) return;
  const standing = await standingPaper(ctx.db, kind, subject);
  if (standing) throw new DeskError('conflict', DOC_MSG.alreadyValid(DOCUMENT_LABELS[kind], standing.number));
}

/**
 * Numbers a paper, saves its row, and sends it to paper. The number is allocated and the row saved
 * before anything goes to a printer, so a printer that fails leaves a numbered paper to print
 * again, never a gap.
 */
async function numberAndPrint(ctx: ServiceContext, actor: Actor, counterId: number | null, kind: DocumentKind, subject: PaperSubject, layout: string, draft: PdfJob, route: PaperRoute): Promise<PrintedDocument> {
  const now = ctx.clock.now();
  const year = Number(chinaDay(now).slice(0, 4));
  const { id, number } = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await refuseSecondPaper(tctx, kind, subject);
    const { serial, number } = await allocateNumber(tctx, kind, year, subject.matterId);
    const row = await trx
      .insertInto('document')
      .values({ kind, year, serial, number, matter_id: subject.matterId, referral_id: subject.referralId, sheet_day: subject.sheetDay, meeting_id: subject.meetingId ?? null, counter_id: counterId, business_day: chinaDay(now), layout, status: 'issued', void_reason: '', created_by: actor.userId, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'document.issue', entity: 'document', entityId: row.id, detail: { number, kind, ...subject } });
    return { id: row.id, number };
  });
  const job = withNumber(draft, number);
  return printOnce(ctx, id, number, job, actor, false, await printTarget(ctx, counterId, job, route));
}

/** A paper about a matter; built before numbering, so a matter that cannot have it gets no number. */
export async function issueDocument(ctx: ServiceContext, actor: Actor, counterId: number | null, kind: MatterPaper, matterId: number, layout: ReceiptLayout, route: PaperRoute = 'auto'): Promise<PrintedDocument> {
  const { job, referralId } = await buildJob(ctx, kind, matterId, '', actor, counterId, layout, false);
  return numberAndPrint(ctx, actor, counterId, kind, { matterId, referralId, sheetDay: null }, layout, job, route);
}

/** The 日结单 of a closed day, on the counter's A4 printer. */
/** The 研判记录 of a meeting: one valid per meeting; another copy is a 补打. */
export async function issueMeetingRecord(ctx: ServiceContext, actor: Actor, counterId: number | null, meetingId: number, route: PaperRoute = 'auto'): Promise<PrintedDocument> {
  const draft = await meetingJob(ctx, meetingId, '', false);
  const standing = await ctx.db.selectFrom('document').select(['id', 'number']).where('kind', '=', 'assessment_record').where('meeting_id', '=', meetingId).where('status', '=', 'issued').executeTakeFirst();
  if (standing) throw new DeskError('conflict', DOC_MSG.alreadyValid(DOCUMENT_LABELS.assessment_record, standing.number));
  return numberAndPrint(ctx, actor, counterId, 'assessment_record', { matterId: null, referralId: null, sheetDay: null, meetingId }, 'a4', draft, route);
}

export async function issueDaySheet(ctx: ServiceContext, actor: Actor, counterId: number, day: string, route: PaperRoute = 'auto'): Promise<PrintedDocument> {
  const draft = await daySheetJob(ctx, counterId, day, '', false);
  return numberAndPrint(ctx, actor, counterId, 'day_sheet', { matterId: null, referralId: null, sheetDay: day }, 'a4', draft, route);
}

/** The papers the desk's procedures reach: receipts, notices, slips, 日结单 and 研判记录 — never the mediation file's. */
const DESK_KINDS: readonly DocumentKind[] = [...DESK_PAPERS, 'day_sheet', 'assessment_record'];

/**
 * A paper the desk may open, print again or void: one of its own kinds. A mediation paper carries
 * the parties' whole ID numbers and is reached only through the mediation file, whose rule decides.
 */
export async function deskPaper(ctx: ServiceContext, documentId: number): Promise<number> {
  const doc = await ctx.db.selectFrom('document').select('kind').where('id', '=', documentId).executeTakeFirst();
  if (!doc || !DESK_KINDS.includes(doc.kind)) throw new DeskError('not_found', DOC_MSG.notFound);
  return documentId;
}

/** The document's row, refused when it is void. */
async function printableDocument(ctx: ServiceContext, documentId: number) {
  const doc = await ctx.db.selectFrom('document').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw new DeskError('not_found', DOC_MSG.notFound);
  if (doc.status === 'voided') throw new DeskError('conflict', DOC_MSG.voided);
  return doc;
}

/**
 * Prints a document again: a 补打 (marked on the paper and counted) once it has been to paper, or
 * the first print of one whose printer failed.
 */
export async function printAgain(ctx: ServiceContext, actor: Actor, counterId: number | null, documentId: number, route: PaperRoute = 'auto'): Promise<PrintedDocument> {
  const doc = await printableDocument(ctx, documentId);
  const printed = await ctx.db.selectFrom('document_print').select('id').where('document_id', '=', documentId).limit(1).executeTakeFirst();
  const reprint = printed !== undefined;
  const job =
    doc.kind === 'day_sheet'
      ? await daySheetJob(ctx, doc.counter_id!, doc.sheet_day!, doc.number, reprint)
      : doc.kind === 'assessment_record'
        ? await meetingJob(ctx, doc.meeting_id!, doc.number, reprint)
        : (await buildJob(ctx, doc.kind, doc.matter_id!, doc.number, actor, counterId ?? doc.counter_id, doc.layout as ReceiptLayout, reprint)).job;
  return printOnce(ctx, doc.id, doc.number, job, actor, reprint, await printTarget(ctx, counterId ?? doc.counter_id, job, route));
}

/**
 * 作废: needs a reason; the number stays, visibly void. A paper of a closed day is voided by a
 * supervisor only, and the void goes on the counter's next sheet as a 日结后更正.
 */
export async function voidDocument(ctx: ServiceContext, actor: Caller, documentId: number, reason: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('document').select(['status', 'number', 'counter_id', 'business_day']).where('id', '=', documentId).executeTakeFirst();
    if (!doc) throw new DeskError('not_found', DOC_MSG.notFound);
    if (doc.status === 'voided') throw new DeskError('conflict', DOC_MSG.alreadyVoided);
    const now = ctx.clock.now();
    const closed = doc.counter_id !== null && (await isDayClosed({ ...ctx, db: trx }, doc.counter_id, doc.business_day));
    const rule = voidRule(actor.role, closed, { recordCounterId: doc.counter_id, callerCounterId: actor.counterId });
    if (rule === 'refused') throw new DeskError('forbidden', closed ? DAY_MSG.voidAfterClose : DOC_MSG.otherCounter);
    if (rule === 'late') {
      await recordLateCorrection(trx, { counterId: doc.counter_id!, recordDay: doc.business_day, what: `作废 ${doc.number}`, reason, by: actor.userId, at: now });
    }
    await trx.updateTable('document').set({ status: 'voided', void_reason: reason, voided_by: actor.userId, voided_at: now.toISOString() }).where('id', '=', documentId).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'document.void', entity: 'document', entityId: documentId, detail: { number: doc.number, reason, afterClose: closed } });
  });
  ctx.events.publish({ type: 'documents.changed' });
}

/** The kept PDF of a document, as first printed, and whose it is (its matter's visitor; none for a 日结单). */
export async function documentPdf(ctx: ServiceContext, documentId: number): Promise<{ documentId: number; number: string; pdfBase64: string; visitorId: number | null }> {
  const doc = await ctx.db
    .selectFrom('document')
    .leftJoin('matter', 'matter.id', 'document.matter_id')
    .select(['document.id', 'document.number', 'document.file', 'matter.visitor_id'])
    .where('document.id', '=', documentId)
    .executeTakeFirst();
  if (!doc?.file) throw new DeskError('not_found', DOC_MSG.notFound);
  return { documentId: doc.id, number: doc.number, pdfBase64: readFileSync(join(ctx.documentsDir, doc.file)).toString('base64'), visitorId: doc.visitor_id };
}

/** The papers of a business day (打印 page), or of one matter (the mediation file), newest first. */
export async function listDocuments(
  ctx: ServiceContext,
  filter: { day: string; counterId: number | null } | { matterId: number; kinds: readonly DocumentKind[] } | { counterId: number; sheetDay: string },
  caller: Caller,
): Promise<DocumentRow[]> {
  let q = ctx.db
    .selectFrom('document')
    .leftJoin('matter', 'matter.id', 'document.matter_id')
    .leftJoin('day_close', (j) => j.onRef('day_close.counter_id', '=', 'document.counter_id').onRef('day_close.business_day', '=', 'document.business_day'))
    .innerJoin('user', 'user.id', 'document.created_by')
    .select((eb) => [
      'document.id',
      'document.kind',
      'document.number',
      'document.matter_id as matterId',
      'matter.code as matterCode',
      'document.status',
      'document.void_reason as voidReason',
      'document.print_error as printError',
      'document.created_at as createdAt',
      'user.display_name as createdBy',
      'day_close.status as dayStatus',
      'document.counter_id as counterId',
      printCount(eb),
      reprintCount(eb),
    ])
    .orderBy('document.id', 'desc');
  if ('day' in filter) {
    // The 打印 page lists the desk's papers; the mediation file's are the mediator's, on their own page.
    q = q.where('document.business_day', '=', filter.day).where('document.kind', 'in', DESK_KINDS);
    if (filter.counterId !== null) q = q.where('document.counter_id', '=', filter.counterId);
  } else if ('sheetDay' in filter) {
    q = q.where('document.counter_id', '=', filter.counterId).where('document.sheet_day', '=', filter.sheetDay);
  } else {
    q = q.where('document.matter_id', '=', filter.matterId).where('document.kind', 'in', filter.kinds);
  }
  const rows = await q.execute();
  return rows.map(({ dayStatus, counterId, ...r }) => ({
    ...r,
    prints: Number(r.prints ?? 0),
    reprints: Number(r.reprints ?? 0),
    voidable: r.status === 'issued' && voidRule(caller.role, dayStatus === 'closed', { recordCounterId: counterId, callerCounterId: caller.counterId }) !== 'refused',
  }));
}
