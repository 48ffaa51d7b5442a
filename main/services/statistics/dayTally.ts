import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { chinaDay } from '../../../shared/time';
import type { MatterStatus, ReferralResult, VisitChannel } from '../../../shared/visit';

/**
 * The per-day tallies the statistics read (`visit_tally`, `matter_tally`, `referral_tally`). They are
 * written only here, inside the transaction of the change they count, so they can never disagree with
 * the rows; the statistics test checks them against the rows counted afresh.
 */

type Tally = 'visit_tally' | 'matter_tally' | 'referral_tally';

/**
 * Adds a row's counts to a tally: the row is inserted for a new key, else each count column is
 * added to what the key holds. Every column that is not part of the key is a count.
 */
async function addUp<T extends Tally>(trx: Kysely<Database>, table: T, key: readonly (keyof Database[T] & string)[], row: Database[T]): Promise<void> {
  const counts = Object.keys(row).filter((c) => !(key as readonly string[]).includes(c));
  await trx
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) => oc.columns(key as never).doUpdateSet(Object.fromEntries(counts.map((c) => [c, sql`${sql.table(table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`])) as never))
    .execute();
}

/** A registered visit: its channel, heads, and how many of its matters were an earlier one again. */
export async function tallyVisit(trx: Kysely<Database>, v: { day: string; channel: VisitChannel; headcount: number; collective: boolean; repeats: number }): Promise<void> {
  await addUp(trx, 'visit_tally', ['business_day', 'channel'], {
    business_day: v.day,
    channel: v.channel,
    visits: 1,
    heads: v.headcount,
    collective: v.collective ? 1 : 0,
    collective_heads: v.collective ? v.headcount : 0,
    repeats: v.repeats,
  });
}

/**
 * A new matter counted on its day and category (`by` 1), or taken off a category it left (`by` −1,
 * when a correction moves it to another).
 */
export async function tallyMatter(trx: Kysely<Database>, m: { day: string; categoryId: number; status: MatterStatus; settled: boolean }, by: 1 | -1 = 1): Promise<void> {
  const declined = m.status === 'declined' ? by : 0;
  await addUp(trx, 'matter_tally', ['opened_day', 'category_id'], { opened_day: m.day, category_id: m.categoryId, accepted: by - declined, declined, settled: m.settled ? by : 0 });
}

const NOTHING_REFERRED = { referred: 0, resolved: 0, on_time: 0, late: 0, resolved_days: 0, mediated: 0, not_mediated: 0, answered: 0, done: 0 };

function addToReferrals(trx: Kysely<Database>, key: { day: string; stationId: number }, add: Partial<typeof NOTHING_REFERRED>): Promise<void> {
  return addUp(trx, 'referral_tally', ['referred_day', 'station_id'], { referred_day: key.day, station_id: key.stationId, ...NOTHING_REFERRED, ...add });
}

/** A referral opened (派单) or passed on (改派), counted on the day the matter was first referred. */
export async function tallyReferral(trx: Kysely<Database>, r: { referredDay: string; stationId: number }): Promise<void> {
  await addToReferrals(trx, { day: r.referredDay, stationId: r.stationId }, { referred: 1 });
}

/** A station's result: on time or late against the deadline it had, and the days it took. */
export async function tallyReferralResult(
  trx: Kysely<Database>,
  r: { referredDay: string; stationId: number; referredAt: string; deadline: string },
  result: ReferralResult,
  at: Date,
): Promise<void> {
  const onTime = chinaDay(at) <= r.deadline;
  const days = (at.getTime() - Date.parse(r.referredAt)) / 86_400_000;
  await addToReferrals(trx, { day: r.referredDay, stationId: r.stationId }, { resolved: 1, on_time: onTime ? 1 : 0, late: onTime ? 0 : 1, resolved_days: days, [result]: 1 });
}
