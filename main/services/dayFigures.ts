import type { DayFigures } from '../../shared/dayClose';
import { documentNumber, type DocumentKind } from '../../shared/documents';
import { OPEN_MATTER_STATUSES, type VisitChannel } from '../../shared/visit';
import { missingInRange, reconcile, type LedgerDocument, type Reconciliation } from '../domain/reconcile';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { ServiceContext } from './context';
import { printCount } from './printCounts';

/** The UTC instants China business days run between (one day, or first to last), for columns kept as ISO times. */
export function dayBounds(day: string, lastDay = day): { from: string; to: string } {
  const from = new Date(`${day}T00:00:00+08:00`);
  const to = new Date(new Date(`${lastDay}T00:00:00+08:00`).getTime() + 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** What came in and went out at a counter on a business day, counted from the records as they stand. */
export async function dayFigures(ctx: ServiceContext, counterId: number, day: string): Promise<DayFigures> {
  const { from, to } = dayBounds(day);
  const visits = await ctx.db
    .selectFrom('visit')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('headcount').as('heads'), (eb) => eb.fn.sum<number>('is_collective').as('collective')])
    .where('counter_id', '=', counterId)
    .where('business_day', '=', day)
    .groupBy('channel')
    .execute();
  const matters = await ctx.db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .select(['category.name', 'matter.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('matter.opened_counter_id', '=', counterId)
    .where('matter.opened_day', '=', day)
    .groupBy(['category.name', 'matter.status'])
    .execute();
  // Steps taken today on the matters this counter took in (on any day).
  const steps = await ctx.db
    .selectFrom('matter_event')
    .innerJoin('matter', 'matter.id', 'matter_event.matter_id')
    .leftJoin('referral', 'referral.id', 'matter_event.referral_id')
    .leftJoin('station', 'station.id', 'referral.station_id')
    .select(['matter_event.action', 'station.name as station', (eb) => eb.fn.countAll<number>().as('n')])
    .where('matter_event.at', '>=', from)
    .where('matter_event.at', '<', to)
    .where('matter_event.action', 'in', ['refer', 'reassign', 'result', 'signOff', 'settle'])
    .where('matter.opened_counter_id', '=', counterId)
    .groupBy(['matter_event.action', 'station.name'])
    .execute();
  const carried = await ctx.db
    .selectFrom('matter')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('opened_counter_id', '=', counterId)
    // Matters not yet finished: what a counter carries over to tomorrow.
    .where('status', 'in', OPEN_MATTER_STATUSES)
    .where('opened_day', '<=', day)
    .executeTakeFirstOrThrow();

  const byCategory = new Map<string, number>();
  for (const m of matters) byCategory.set(m.name, (byCategory.get(m.name) ?? 0) + Number(m.n));
  const referred = new Map<string, number>();
  for (const s of steps.filter((s) => s.action === 'refer' || s.action === 'reassign')) referred.set(s.station ?? '—', (referred.get(s.station ?? '—') ?? 0) + Number(s.n));
  const count = (action: string) => steps.filter((s) => s.action === action).reduce((n, s) => n + Number(s.n), 0);
  return {
    visits: visits.reduce((n, v) => n + Number(v.n), 0),
    heads: visits.reduce((n, v) => n + Number(v.heads ?? 0), 0),
    collective: visits.reduce((n, v) => n + Number(v.collective ?? 0), 0),
    byChannel: Object.fromEntries(visits.map((v) => [v.channel, Number(v.n)])) as Partial<Record<VisitChannel, number>>,
    byCategory: [...byCategory].map(([name, n]) => ({ name, count: n })).sort((a, b) => b.count - a.count),
    accepted: matters.filter((m) => m.status !== 'declined').reduce((n, m) => n + Number(m.n), 0),
    declined: matters.filter((m) => m.status === 'declined').reduce((n, m) => n + Number(m.n), 0),
    referred: [...referred].map(([station, n]) => ({ station, count: n })),
    // A matter settled on the spot at this counter (当场化解) is resolved and signed off here too.
    resolved: count('result') + count('settle'),
    signedOff: count('signOff') + count('settle'),
    carriedOver: Number(carried.n),
  };
}

/** The counter's papers of the day (the 日结单 itself aside), with how often each went to paper. */
async function ledgerDocuments(ctx: ServiceContext, counterId: number, day: string): Promise<LedgerDocument[]> {
  const rows = await ctx.db
    .selectFrom('document')
    .select((eb) => [
      'document.id',
      'document.kind',
      'document.year',
      'document.serial',
      'document.number',
      'document.status',
      'document.void_reason as voidReason',
      'document.print_error as printError',
      printCount(eb),
    ])
    .where('document.counter_id', '=', counterId)
    .where('document.business_day', '=', day)
    .where('document.kind', '!=', 'day_sheet')
    .execute();
  return rows.map((r) => ({ ...r, prints: Number(r.prints ?? 0) }));
}

/** 补打 made during the day of this counter's papers, whenever they were issued. */
async function reprintsOfDay(ctx: ServiceContext, counterId: number, day: string): Promise<Map<DocumentKind, number>> {
  const { from, to } = dayBounds(day);
  const rows = await ctx.db
    .selectFrom('document_print')
    .innerJoin('document', 'document.id', 'document_print.document_id')
    .select(['document.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('document.counter_id', '=', counterId)
    .where('document_print.reprint', '=', 1)
    .where('document_print.at', '>=', from)
    .where('document_print.at', '<', to)
    .where('document.kind', '!=', 'day_sheet')
    .groupBy('document.kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/**
 * Serials inside this counter's ranges of the day that no document holds. Series are shared by the
 * counters, so a number in the range may be another counter's: only numbers nobody holds are gaps.
 */
async function missingNumbers(ctx: ServiceContext, docs: LedgerDocument[]) {
  const groups = new Map<string, LedgerDocument[]>();
  for (const d of docs) groups.set(`${d.kind}:${d.year}`, [...(groups.get(`${d.kind}:${d.year}`) ?? []), d]);
  const missing = [];
  for (const group of groups.values()) {
    const { kind, year } = group[0]!;
    const serials = group.map((d) => d.serial);
    const [first, last] = [Math.min(...serials), Math.max(...serials)];
    if (last - first + 1 === serials.length) continue;
    const present = await ctx.db.selectFrom('document').select('serial').where('kind', '=', kind).where('year', '=', year).where('serial', '>=', first).where('serial', '<=', last).execute();
    for (const serial of missingInRange(first, last, present.map((p) => p.serial))) missing.push({ kind, year, serial, number: documentNumber(kind, year, serial) });
  }
  return missing;
}

/** Whether the matter has a paper of a kind in a state (a valid receipt, a voided notice). */
function holds(eb: ExpressionBuilder<Database, 'matter'>, kind: DocumentKind, status: 'issued' | 'voided') {
  return eb.exists(eb.selectFrom('document').select('document.id').whereRef('document.matter_id', '=', 'matter.id').where('document.kind', '=', kind).where('document.status', '=', status));
}

/** The paper check of a counter's day, with the explanations given so far. */
export async function reconcileDay(ctx: ServiceContext, counterId: number, day: string): Promise<Reconciliation> {
  const documents = await ledgerDocuments(ctx, counterId, day);
  const accepted = await ctx.db
    .selectFrom('matter')
    .select(['matter.id as matterId', 'matter.code'])
    .select((eb) => holds(eb, 'receipt', 'issued').as('hasReceipt'))
    .where('matter.opened_counter_id', '=', counterId)
    .where('matter.opened_day', '=', day)
    .where('matter.status', '!=', 'declined')
    .orderBy('matter.id')
    .execute();
  const declined = await ctx.db
    .selectFrom('matter')
    .select((eb) => ['matter.id as matterId', 'matter.code', holds(eb, 'notice', 'issued').as('hasNotice'), holds(eb, 'notice', 'voided').as('hadVoidedNotice')])
    .where('matter.opened_counter_id', '=', counterId)
    .where('matter.opened_day', '=', day)
    .where('matter.status', '=', 'declined')
    .orderBy('matter.id')
    .execute();
  const explanations = await ctx.db.selectFrom('paper_explanation').select(['item', 'note']).where('counter_id', '=', counterId).where('business_day', '=', day).execute();
  return reconcile({
    documents,
    reprints: await reprintsOfDay(ctx, counterId, day),
    missing: await missingNumbers(ctx, documents),
    acceptedMatters: accepted.map((m) => ({ ...m, hasReceipt: Boolean(m.hasReceipt) })),
    declinedMatters: declined.map((m) => ({ ...m, hasNotice: Boolean(m.hasNotice), hadVoidedNotice: Boolean(m.hadVoidedNotice) })),
    explanations: new Map(explanations.map((e) => [e.item, e.note])),
  });
}
