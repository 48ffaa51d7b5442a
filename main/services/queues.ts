import { sql } from 'kysely';
import { chinaDay } from '../../shared/time';
import type { MatterStatus } from '../../shared/visit';
import { dueSoonUntil, urgency, type Urgency } from '../domain/deadline';
import type { ServiceContext } from './context';
import { getCentre } from './settings';

/** The tabs of a station's queue (乡村办单) and of the supervisor's board (信访督单). */
export const QUEUE_TABS = ['incoming', 'handling', 'due_soon', 'overdue'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

const HANDLING: MatterStatus[] = ['in_progress', 'suspended'];
const RUNNING: MatterStatus[] = ['referred', 'in_progress'];
/** Matters waiting at the centre itself: to be referred (again), or decided by a supervisor. */
const AT_CENTRE: MatterStatus[] = ['accepted', 'returned', 'disputed', 'resolved'];

export interface QueueRow {
  id: number;
  code: string;
  status: MatterStatus;
  categoryName: string;
  visitorName: string;
  content: string;
  stationName: string | null;
  deadline: string | null;
  urgency: Urgency | null;
  createdAt: string;
  updatedAt: string;
  revisitDue: string | null;
}

const LIMIT = 200;

function queueQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select([
      'matter.id',
      'matter.code',
      'matter.status',
      'category.name as categoryName',
      'visitor.name as visitorName',
      'matter.content',
      'station.name as stationName',
      'matter.deadline',
      'matter.created_at as createdAt',
      'matter.updated_at as updatedAt',
      'matter.revisit_due as revisitDue',
    ])
    .limit(LIMIT);
}

/**
 * One tab of a queue: a station's own (stationId given) or every station's (the supervisor's).
 * Suspended matters are never "due" while their clock stands still.
 */
export async function queue(ctx: ServiceContext, stationId: number | null, tab: QueueTab): Promise<QueueRow[]> {
  const { dayBasis } = await getCentre(ctx);
  const today = chinaDay(ctx.clock.now());
  let q = queueQuery(ctx);
  if (stationId !== null) q = q.where('matter.station_id', '=', stationId);
  switch (tab) {
    case 'incoming':
      q = q.where('matter.status', '=', 'referred').orderBy('matter.deadline');
      break;
    case 'handling':
      q = q.where('matter.status', 'in', HANDLING).orderBy('matter.deadline');
      break;
    case 'due_soon':
      q = q.where('matter.status', 'in', RUNNING).where('matter.deadline', '>=', today).where('matter.deadline', '<=', dueSoonUntil(today, dayBasis)).orderBy('matter.deadline');
      break;
    case 'overdue':
      q = q.where('matter.status', 'in', RUNNING).where('matter.deadline', '<', today).orderBy('matter.deadline');
      break;
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, urgency: r.deadline && r.status !== 'suspended' ? urgency(r.deadline, today, dayBasis) : null }));
}

/** Matters waiting at the centre: to refer, to re-refer after a return, to sign off, to decide, to call back (回访). */
export async function centreQueue(ctx: ServiceContext): Promise<QueueRow[]> {
  const today = chinaDay(ctx.clock.now());
  const rows = await queueQuery(ctx)
    .where((eb) => eb.or([eb('matter.status', 'in', AT_CENTRE), eb.and([eb('matter.status', '=', 'signed_off'), eb('matter.revisit_due', '<=', today)])]))
    .orderBy('matter.updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, urgency: null }));
}

export interface BoardCounts {
  incoming: number;
  handling: number;
  dueSoon: number;
  overdue: number;
  atCentre: number;
}

/** The numbers on the home screen (督单): what is late, what is nearly late, what waits. */
export async function boardCounts(ctx: ServiceContext, stationId: number | null): Promise<BoardCounts> {
  const { dayBasis } = await getCentre(ctx);
  const today = chinaDay(ctx.clock.now());
  const soon = dueSoonUntil(today, dayBasis);
  let q = ctx.db
    .selectFrom('matter')
    .select([
      sql<number>`count(*) filter (where status = 'referred')`.as('incoming'),
      sql<number>`count(*) filter (where status in ('in_progress', 'suspended'))`.as('handling'),
      sql<number>`count(*) filter (where status in ('referred', 'in_progress') and deadline >= ${today} and deadline <= ${soon})`.as('dueSoon'),
      sql<number>`count(*) filter (where status in ('referred', 'in_progress') and deadline < ${today})`.as('overdue'),
      sql<number>`count(*) filter (where status in ('accepted', 'returned', 'disputed', 'resolved') or (status = 'signed_off' and revisit_due <= ${today}))`.as('atCentre'),
    ])
    .where('matter.status', 'in', [...RUNNING, ...HANDLING, ...AT_CENTRE, 'signed_off']);
  if (stationId !== null) q = q.where('matter.station_id', '=', stationId);
  const row = await q.executeTakeFirstOrThrow();
  return { incoming: row.incoming, handling: row.handling, dueSoon: row.dueSoon, overdue: row.overdue, atCentre: stationId === null ? row.atCentre : 0 };
}
