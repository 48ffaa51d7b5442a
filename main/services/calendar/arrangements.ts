import type { Kysely } from 'kysely';
import type { HolidayArrangementInput } from '../../../shared/schemas/calendar';
import { CALENDAR_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { packageHasYear, provisionalArrangement, statutoryHolidays, type StatutoryHoliday } from '../../domain/holidays';
import { clockRuns } from '../../domain/matterFlow';
import type { WorkCalendar } from '../../domain/workdays';
import { DeskError } from '../../domain/errors';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { referralDeadline } from './referralClock';
import { enteredArrangements, loadWorkCalendar } from './workCalendar';

/** Where a year's days off come from: the admin's entry of the notice, the holiday package, or the statute alone. */
export type ArrangementSource = 'entered' | 'package' | 'provisional';

export interface HolidayYear {
  year: number;
  source: ArrangementSource;
  statutory: StatutoryHoliday[];
  /** As entered, or the provisional computation; empty for a year the package carries (it is not listed here). */
  offDays: string[];
  workDays: string[];
  enteredBy: string | null;
  enteredAt: string | null;
}

/** This year and the next two: the years a deadline made today can reach. */
export async function holidayYears(ctx: ServiceContext): Promise<HolidayYear[]> {
  const thisYear = Number(chinaDay(ctx.clock.now()).slice(0, 4));
  const rows = await ctx.db
    .selectFrom('holiday_arrangement')
    .innerJoin('user', 'user.id', 'holiday_arrangement.entered_by')
    .select(['holiday_arrangement.year', 'off_days', 'work_days', 'entered_at', 'user.display_name'])
    .where('holiday_arrangement.year', '>=', thisYear)
    .execute();
  return [thisYear, thisYear + 1, thisYear + 2].map((year) => {
    const entered = rows.find((r) => r.year === year);
    const statutory = statutoryHolidays(year);
    if (entered) {
      return { year, source: 'entered', statutory, offDays: JSON.parse(entered.off_days) as string[], workDays: JSON.parse(entered.work_days) as string[], enteredBy: entered.display_name, enteredAt: entered.entered_at };
    }
    if (packageHasYear(year)) return { year, source: 'package', statutory, offDays: [], workDays: [], enteredBy: null, enteredAt: null };
    const computed = provisionalArrangement(year);
    return { year, source: 'provisional', statutory, offDays: computed.offDays, workDays: [], enteredBy: null, enteredAt: null };
  });
}

/**
 * Moves every open referral's deadline to what the calendar now says, in the caller's transaction:
 * a notice entered (or taken back) changes which days count. Returns how many deadlines moved.
 */
export async function recountOpenDeadlines(trx: Kysely<Database>, cal: WorkCalendar): Promise<number> {
  const open = await trx
    .selectFrom('referral')
    .innerJoin('matter', 'matter.referral_id', 'referral.id')
    .select(['referral.id', 'referral.matter_id', 'referral.clock_from', 'referral.basis', 'referral.limit_days', 'referral.extension_days', 'referral.suspended_days', 'referral.deadline', 'matter.status'])
    .where('referral.ended_at', 'is', null)
    .execute();
  let moved = 0;
  for (const r of open) {
    const { day } = referralDeadline(cal, r);
    if (day === r.deadline) continue;
    await trx.updateTable('referral').set({ deadline: day }).where('id', '=', r.id).execute();
    await trx.updateTable('matter').set({ deadline: day, running_deadline: clockRuns(r.status) ? day : null }).where('id', '=', r.matter_id).execute();
    moved++;
  }
  return moved;
}

/** Enters (or corrects) a year's notice; open deadlines are recounted at once, in the same transaction. */
export async function enterArrangement(ctx: ServiceContext, actor: Actor, input: HolidayArrangementInput): Promise<{ moved: number }> {
  const now = ctx.clock.now();
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const values = { off_days: JSON.stringify([...new Set(input.offDays)].sort()), work_days: JSON.stringify([...new Set(input.workDays)].sort()), entered_by: actor.userId, entered_at: now.toISOString() };
    await trx
      .insertInto('holiday_arrangement')
      .values({ year: input.year, ...values })
      .onConflict((oc) => oc.column('year').doUpdateSet(values))
      .execute();
    const count = await recountOpenDeadlines(trx, await loadWorkCalendar(trx));
    await recordAudit(trx, now, { actorId: actor.userId, action: 'calendar.enter', entity: 'holiday_arrangement', entityId: input.year, detail: { ...input, deadlinesMoved: count } });
    return count;
  });
  ctx.events.publish({ type: 'settings.changed' });
  return { moved };
}

/** Takes an entry back: the year falls back to the package or to the provisional computation. */
export async function removeArrangement(ctx: ServiceContext, actor: Actor, year: number): Promise<{ moved: number }> {
  const now = ctx.clock.now();
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const removed = (await enteredArrangements(trx)).find((a) => a.year === year);
    if (!removed) throw new DeskError('not_found', CALENDAR_MSG.notEntered(year));
    await trx.deleteFrom('holiday_arrangement').where('year', '=', year).execute();
    const count = await recountOpenDeadlines(trx, await loadWorkCalendar(trx));
    await recordAudit(trx, now, { actorId: actor.userId, action: 'calendar.remove', entity: 'holiday_arrangement', entityId: year, detail: { removed, deadlinesMoved: count } });
    return count;
  });
  ctx.events.publish({ type: 'settings.changed' });
  return { moved };
}
