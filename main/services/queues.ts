import { sql } from 'kysely';
import { HIGH_RISK, type RiskLevel } from '../../shared/risk';
import { chinaDay } from '../../shared/time';
import type { MatterStatus } from '../../shared/visit';
import { dueSoonUntil, urgency, type Urgency } from '../domain/deadline';
import { calendarDaysBetween } from '../domain/workdays';
import { loadWorkCalendar } from './calendar/workCalendar';
import type { ServiceContext } from './context';
import { jsonArrayHas } from '../db/engine/queryDifferences';

/** The tabs of a station's queue (乡村办单) and of the supervisor's board (信访督单). */
export const QUEUE_TABS = ['incoming', 'handling', 'due_soon', 'overdue', 'helping', 'high_risk'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

const HANDLING: MatterStatus[] = ['in_progress', 'suspended'];
/** Matters whose loop has ended: no longer a risk to watch on the board. */
const CLOSED: MatterStatus[] = ['archived', 'declined'];
const OPEN_REFERRAL: MatterStatus[] = ['referred', 'in_progress', 'suspended'];
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
  /** How many came on the opening visit: over five is a 集体访. */
  headcount: number;
  /** Under 督办: a supervisor has reminded the station since the current referral. */
  supervised: boolean;
  /** Calendar days past the deadline, by the host's clock; null when not overdue. */
  overdueDays: number | null;
  /** 受理至今: calendar days since intake, by the host's clock (a PC's own clock may be wrong). */
  openDays: number;
  /** 风险研判: the level (highlighted when high), null until assessed. */
  riskLevel: RiskLevel | null;
}

const LIMIT = 200;

function queueQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .innerJoin('visit', 'visit.id', 'matter.opened_visit_id')
    .leftJoin('referral', 'referral.id', 'matter.referral_id')
    .select((eb) => [
      'visit.headcount',
      eb
        .exists(
          eb
            .selectFrom('matter_event')
            .select('matter_event.id')
            .whereRef('matter_event.matter_id', '=', 'matter.id')
            .where('matter_event.action', '=', 'remind')
            .whereRef('matter_event.at', '>=', 'referral.referred_at'),
        )
        .as('reminded'),
    ])
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
      'matter.risk_level as riskLevel',
    ]);
}

/**
 * The ids of one tab, in order: chosen on the matter table's own indexes first, so that only the
 * rows shown are joined with their visitor, category and station.
 */
async function queueIds(ctx: ServiceContext, stationId: number | null, tab: QueueTab, today: string, soon: string): Promise<number[]> {
  let q = ctx.db.selectFrom('matter').select('id').limit(LIMIT);
  if (stationId !== null) q = q.where('station_id', '=', stationId);
  switch (tab) {
    case 'incoming':
      q = q.where('status', '=', 'referred').orderBy('deadline');
      break;
    case 'handling':
      q = q.where('status', 'in', HANDLING).orderBy('deadline');
      break;
    case 'due_soon':
      q = q.where('running_deadline', '>=', today).where('running_deadline', '<=', soon).orderBy('running_deadline');
      break;
    case 'overdue':
      q = q.where('running_deadline', '<', today).orderBy('running_deadline');
      break;
    case 'helping':
      return helpingIds(ctx, stationId);
    case 'high_risk':
      // 红 before 橙, then the oldest first: the matters a supervisor must see before any other.
      q = q.where('risk_level', 'in', HIGH_RISK).where('status', 'not in', CLOSED).orderBy(sql`case risk_level when 'red' then 0 else 1 end`).orderBy('id');
      break;
  }
  return (await q.execute()).map((r) => r.id);
}

/** 协办: open matters whose current referral names the station as a helping station. */
function helpingMatters(ctx: ServiceContext, stationId: number) {
  return ctx.db
    .selectFrom('matter')
    .innerJoin('referral', 'referral.id', 'matter.referral_id')
    .where('matter.status', 'in', OPEN_REFERRAL)
    .where(jsonArrayHas(ctx.db, 'referral.helper_station_ids', stationId));
}

async function helpingIds(ctx: ServiceContext, stationId: number | null): Promise<number[]> {
  if (stationId === null) return [];
  const rows = await helpingMatters(ctx, stationId).select('matter.id').orderBy('matter.deadline').limit(LIMIT).execute();
  return rows.map((r) => r.id);
}

/**
 * One tab of a queue: a station's own (stationId given) or every station's (the supervisor's).
 * Suspended matters are never "due" while their clock stands still.
 */
export async function queue(ctx: ServiceContext, stationId: number | null, tab: QueueTab): Promise<QueueRow[]> {
  const cal = await loadWorkCalendar(ctx.db);
  const today = chinaDay(ctx.clock.now());
  const ids = await queueIds(ctx, stationId, tab, today, dueSoonUntil(cal, today));
  if (ids.length === 0) return [];
  const rows = new Map((await queueQuery(ctx).where('matter.id', 'in', ids).execute()).map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = rows.get(id)!;
    return withFacts(r, today, r.deadline && r.status !== 'suspended' ? urgency(cal, r.deadline, today) : null);
  });
}

type QueriedRow = Omit<QueueRow, 'urgency' | 'supervised' | 'overdueDays' | 'openDays'> & { reminded: unknown };

/** How the row stands by the host's clock (suspended matters are never due while their clock stands still). */
function withFacts({ reminded, ...r }: QueriedRow, today: string, level: Urgency | null): QueueRow {
  return {
    ...r,
    urgency: level,
    supervised: Boolean(reminded),
    overdueDays: level === 'overdue' ? calendarDaysBetween(r.deadline!, today) : null,
    openDays: calendarDaysBetween(chinaDay(new Date(r.createdAt)), today),
  };
}

/** Matters waiting at the centre: to refer, to re-refer after a return, to sign off, to decide, to call back (回访). */
export async function centreQueue(ctx: ServiceContext): Promise<QueueRow[]> {
  const today = chinaDay(ctx.clock.now());
  const rows = await queueQuery(ctx)
    .where((eb) => eb.or([eb('matter.status', 'in', AT_CENTRE), eb.and([eb('matter.status', '=', 'signed_off'), eb('matter.revisit_due', '<=', today)])]))
    .orderBy('matter.updated_at', 'desc')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => withFacts(r, today, null));
}

export interface BoardCounts {
  incoming: number;
  handling: number;
  dueSoon: number;
  overdue: number;
  atCentre: number;
  helping: number;
  /** Open matters assessed 红 or 橙: the supervisor's start page leads with them. */
  highRisk: number;
}

/** The numbers on the home screen (督单): what is late, what is nearly late, what waits. Each an index range count. */
export async function boardCounts(ctx: ServiceContext, stationId: number | null): Promise<BoardCounts> {
  const today = chinaDay(ctx.clock.now());
  const soon = dueSoonUntil(await loadWorkCalendar(ctx.db), today);
  const base = () => {
    const q = ctx.db.selectFrom('matter').select((eb) => eb.fn.countAll().as('n'));
    return stationId === null ? q : q.where('station_id', '=', stationId);
  };
  const count = async (narrow: (q: ReturnType<typeof base>) => ReturnType<typeof base>) => Number((await narrow(base()).executeTakeFirstOrThrow()).n);
  const incoming = await count((q) => q.where('status', '=', 'referred'));
  const handling = await count((q) => q.where('status', 'in', HANDLING));
  const dueSoon = await count((q) => q.where('running_deadline', '>=', today).where('running_deadline', '<=', soon));
  const overdue = await count((q) => q.where('running_deadline', '<', today));
  const atCentre =
    stationId === null
      ? (await count((q) => q.where('status', 'in', AT_CENTRE))) + (await count((q) => q.where('revisit_due', '<=', today).where('status', '=', 'signed_off')))
      : 0;
  // Counted, not listed: the list stops at LIMIT rows.
  const helping =
    stationId === null ? 0 : Number((await helpingMatters(ctx, stationId).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const highRisk = await count((q) => q.where('risk_level', 'in', HIGH_RISK).where('status', 'not in', CLOSED));
  return { incoming, handling, dueSoon, overdue, atCentre, helping, highRisk };
}
