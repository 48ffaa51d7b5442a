import type { Kysely } from 'kysely';
import type { DayFigures, DayState, LateCorrection } from '../../shared/dayClose';
import { DAY_MSG } from '../../shared/text/messages';
import { chinaDateTime, chinaDay } from '../../shared/time';
import type { Database } from '../db/schema';
import { DeskError } from '../domain/errors';
import { dayToCloseFirst, type Reconciliation } from '../domain/reconcile';
import { recordAudit, type ChainMark } from './audit';
import type { Actor, ServiceContext } from './context';
import { dayBounds, dayFigures, reconcileDay } from './dayFigures';

/** What a closed day's sheet printed, kept as it was. */
export interface DaySnapshot {
  figures: DayFigures;
  reconciliation: Reconciliation;
  lateCorrections: LateCorrection[];
  /** Where the audit chain stood at the close (null while open, and for days closed before it was kept). */
  chain?: ChainMark | null;
}

export interface DaySheetView extends DaySnapshot {
  counterId: number;
  counterName: string;
  day: string;
  state: DayState;
  note: string;
  closedBy: string | null;
  closedAt: string | null;
  reopenReason: string;
}

async function closeRow(ctx: ServiceContext, counterId: number, day: string) {
  return ctx.db
    .selectFrom('day_close')
    .innerJoin('user', 'user.id', 'day_close.closed_by')
    .select(['day_close.status', 'day_close.note', 'day_close.snapshot', 'day_close.closed_at', 'day_close.reopen_reason', 'user.display_name as closedBy'])
    .where('day_close.counter_id', '=', counterId)
    .where('day_close.business_day', '=', day)
    .executeTakeFirst();
}

export async function isDayClosed(ctx: ServiceContext, counterId: number, day: string): Promise<boolean> {
  return (await closeRow(ctx, counterId, day))?.status === 'closed';
}

async function hadBusiness(ctx: ServiceContext, counterId: number, day: string): Promise<boolean> {
  const visit = await ctx.db.selectFrom('visit').select('id').where('counter_id', '=', counterId).where('business_day', '=', day).limit(1).executeTakeFirst();
  if (visit) return true;
  const doc = await ctx.db.selectFrom('document').select('id').where('counter_id', '=', counterId).where('business_day', '=', day).where('kind', '!=', 'day_sheet').limit(1).executeTakeFirst();
  if (doc) return true;
  // A 补打 of an earlier paper is business of the day it was made, to be on that day's sheet.
  const { from, to } = dayBounds(day);
  const reprint = await ctx.db
    .selectFrom('document_print')
    .innerJoin('document', 'document.id', 'document_print.document_id')
    .select('document_print.id')
    .where('document_print.at', '>=', from)
    .where('document_print.at', '<', to)
    .where('document_print.reprint', '=', 1)
    .where('document.counter_id', '=', counterId)
    .where('document.kind', '!=', 'day_sheet')
    .limit(1)
    .executeTakeFirst();
  return reprint !== undefined;
}

/** Changes to closed days not yet on a sheet (listed = null), or those a closed sheet listed. */
async function lateCorrections(ctx: ServiceContext, counterId: number, listedDay: string | null): Promise<LateCorrection[]> {
  let q = ctx.db
    .selectFrom('late_correction')
    .innerJoin('user', 'user.id', 'late_correction.by')
    .select(['late_correction.record_day as recordDay', 'late_correction.what', 'late_correction.reason', 'user.display_name as by', 'late_correction.at'])
    .where('late_correction.counter_id', '=', counterId)
    .orderBy('late_correction.id');
  q = listedDay === null ? q.where('late_correction.listed_day', 'is', null) : q.where('late_correction.listed_day', '=', listedDay);
  return q.execute();
}

/** A counter's day: live while open, as printed once closed. */
export async function daySheet(ctx: ServiceContext, counterId: number, day: string): Promise<DaySheetView> {
  const counter = await ctx.db.selectFrom('counter').select('name').where('id', '=', counterId).executeTakeFirstOrThrow();
  const row = await closeRow(ctx, counterId, day);
  const base = { counterId, counterName: counter.name, day, note: row?.note ?? '', reopenReason: row?.reopen_reason ?? '' };
  if (row?.status === 'closed') {
    return { ...base, ...(JSON.parse(row.snapshot) as DaySnapshot), state: 'closed', closedBy: row.closedBy, closedAt: row.closed_at };
  }
  const state: DayState = row ? 'reopened' : (await hadBusiness(ctx, counterId, day)) ? 'open' : 'idle';
  return {
    ...base,
    state,
    closedBy: null,
    closedAt: null,
    figures: await dayFigures(ctx, counterId, day),
    reconciliation: await reconcileDay(ctx, counterId, day),
    lateCorrections: await lateCorrections(ctx, counterId, null),
  };
}

/** A clerk's explanation of a discrepancy, e.g. “来电登记，已电话告知受理结果”. */
export async function explainDiscrepancy(ctx: ServiceContext, actor: Actor, counterId: number, day: string, item: string, note: string): Promise<void> {
  if (await isDayClosed(ctx, counterId, day)) throw new DeskError('conflict', DAY_MSG.closedNoChange(day));
  const { discrepancies } = await reconcileDay(ctx, counterId, day);
  if (!discrepancies.some((d) => d.item === item)) throw new DeskError('conflict', DAY_MSG.notADiscrepancy);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('paper_explanation')
      .values({ counter_id: counterId, business_day: day, item, note, by: actor.userId, at: now.toISOString() })
      .onConflict((oc) => oc.columns(['counter_id', 'business_day', 'item']).doUpdateSet({ note, by: actor.userId, at: now.toISOString() }))
      .execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'day.explain', entity: 'counter', entityId: counterId, detail: { day, item, note } });
  });
  ctx.events.publish({ type: 'documents.changed' });
}

/**
 * 日结: refused while any discrepancy is neither fixed nor explained. The figures are kept as the
 * sheet prints them, and the corrections made to closed days since the last close go on this sheet.
 */
export async function closeDay(ctx: ServiceContext, actor: Actor, counterId: number, day: string, note: string): Promise<void> {
  const now = ctx.clock.now();
  if (day > chinaDay(now)) throw new DeskError('bad_input', DAY_MSG.future);
  const sheet = await daySheet(ctx, counterId, day);
  if (sheet.state === 'closed') throw new DeskError('conflict', DAY_MSG.alreadyClosed(day));
  if (sheet.reconciliation.unresolved > 0) throw new DeskError('conflict', DAY_MSG.unresolved(sheet.reconciliation.unresolved));
  await ctx.db.transaction().execute(async (trx) => {
    // Read and marked in one transaction: a correction made meanwhile goes on this sheet or the next, never lost.
    const listed = await lateCorrections({ ...ctx, db: trx }, counterId, null);
    await trx.updateTable('late_correction').set({ listed_day: day }).where('counter_id', '=', counterId).where('listed_day', 'is', null).execute();
    // The close's own audit entry marks where the chain stands: kept with the day and printed on its
    // sheet, so a history rewritten later, or a tail deleted, disagrees with paper already signed.
    const chain = await recordAudit(trx, now, { actorId: actor.userId, action: 'day.close', entity: 'counter', entityId: counterId, detail: { day, note, visits: sheet.figures.visits } });
    const snapshot: DaySnapshot = { figures: sheet.figures, reconciliation: sheet.reconciliation, lateCorrections: listed, chain };
    const values = { status: 'closed' as const, note, snapshot: JSON.stringify(snapshot), closed_by: actor.userId, closed_at: now.toISOString() };
    await trx
      .insertInto('day_close')
      .values({ ...values, counter_id: counterId, business_day: day })
      .onConflict((oc) => oc.columns(['counter_id', 'business_day']).doUpdateSet(values))
      .execute();
  });
  ctx.events.publish({ type: 'documents.changed' });
}

/** A supervisor reopens a closed day, with the reason; the next close prints a new sheet. */
export async function reopenDay(ctx: ServiceContext, actor: Actor, counterId: number, day: string, reason: string): Promise<void> {
  if (!(await isDayClosed(ctx, counterId, day))) throw new DeskError('conflict', DAY_MSG.notClosed(day));
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('day_close')
      .set({ status: 'reopened', reopened_by: actor.userId, reopened_at: now.toISOString(), reopen_reason: reason })
      .where('counter_id', '=', counterId)
      .where('business_day', '=', day)
      .execute();
    await trx.deleteFrom('centre_day_close').where('business_day', '=', day).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'day.reopen', entity: 'counter', entityId: counterId, detail: { day, reason } });
  });
  ctx.events.publish({ type: 'documents.changed' });
}

/** The day a counter must close before it takes in anything new, if any. */
export async function dayToClose(ctx: ServiceContext, counterId: number, today: string): Promise<string | null> {
  const lastVisit = await ctx.db.selectFrom('visit').select((eb) => eb.fn.max('business_day').as('day')).where('counter_id', '=', counterId).where('business_day', '<', today).executeTakeFirst();
  // A 日结单 printed today closes an earlier day; it is not business of today.
  const lastDoc = await ctx.db
    .selectFrom('document')
    .select((eb) => eb.fn.max('business_day').as('day'))
    .where('counter_id', '=', counterId)
    .where('business_day', '<', today)
    .where('kind', '!=', 'day_sheet')
    .executeTakeFirst();
  const last = [lastVisit?.day, lastDoc?.day].filter((d): d is string => typeof d === 'string').sort().at(-1) ?? null;
  if (last === null) return null;
  const since = await ctx.db.selectFrom('setting').select('value').where('key', '=', 'day_close.since').executeTakeFirst();
  return dayToCloseFirst(last, await isDayClosed(ctx, counterId, last), since ? (JSON.parse(since.value) as string) : last);
}

/** Notes a change to a closed day's record, to be listed on the counter's next sheet. */
export async function recordLateCorrection(trx: Kysely<Database>, entry: { counterId: number; recordDay: string; what: string; reason: string; by: number; at: Date }): Promise<void> {
  await trx.insertInto('late_correction').values({ counter_id: entry.counterId, record_day: entry.recordDay, listed_day: null, what: entry.what, reason: entry.reason, by: entry.by, at: entry.at.toISOString() }).execute();
}

export interface CounterDay {
  counterId: number;
  name: string;
  state: DayState;
  closedBy: string | null;
  closedAt: string | null;
  visits: number;
}

/** 负责人: every counter's state for a day, and whether the centre's day is closed. */
export async function centreDay(ctx: ServiceContext, day: string): Promise<{ day: string; counters: CounterDay[]; centreClosedAt: string | null; centreClosedBy: string | null }> {
  const counters = await ctx.db.selectFrom('counter').select(['id', 'name', 'active']).orderBy('sort').orderBy('id').execute();
  const rows: CounterDay[] = [];
  for (const c of counters) {
    const row = await closeRow(ctx, c.id, day);
    const visits = await ctx.db.selectFrom('visit').select((eb) => eb.fn.countAll<number>().as('n')).where('counter_id', '=', c.id).where('business_day', '=', day).executeTakeFirstOrThrow();
    const state: DayState = row ? (row.status === 'closed' ? 'closed' : 'reopened') : (await hadBusiness(ctx, c.id, day)) ? 'open' : 'idle';
    if (state === 'idle' && c.active !== 1) continue;
    rows.push({ counterId: c.id, name: c.name, state, closedBy: row?.status === 'closed' ? row.closedBy : null, closedAt: row?.status === 'closed' ? chinaDateTime(row.closed_at) : null, visits: Number(visits.n) });
  }
  const centre = await ctx.db
    .selectFrom('centre_day_close')
    .innerJoin('user', 'user.id', 'centre_day_close.closed_by')
    .select(['centre_day_close.closed_at', 'user.display_name'])
    .where('business_day', '=', day)
    .executeTakeFirst();
  return { day, counters: rows, centreClosedAt: centre ? chinaDateTime(centre.closed_at) : null, centreClosedBy: centre?.display_name ?? null };
}

/** 全中心日结: once every counter that did business that day has closed it. */
export async function closeCentreDay(ctx: ServiceContext, actor: Actor, day: string, note: string): Promise<void> {
  const now = ctx.clock.now();
  if (day > chinaDay(now)) throw new DeskError('bad_input', DAY_MSG.future);
  const status = await centreDay(ctx, day);
  if (status.centreClosedAt) throw new DeskError('conflict', DAY_MSG.centreClosed(day));
  const open = status.counters.filter((c) => c.state === 'open' || c.state === 'reopened');
  if (open.length > 0) throw new DeskError('conflict', DAY_MSG.countersOpen(open.map((c) => c.name).join('、')));
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('centre_day_close').values({ business_day: day, closed_by: actor.userId, closed_at: now.toISOString(), note }).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'day.close_centre', entity: 'setting', detail: { day, note } });
  });
  ctx.events.publish({ type: 'documents.changed' });
}
