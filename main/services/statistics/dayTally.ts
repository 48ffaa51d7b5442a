import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ReferralTallyTable } from '../../db/tallySchema';
import { chinaDay } from '../../../shared/time';
import type { MatterStatus, ReferralResult, VisitChannel } from '../../../shared/visit';

/**
 * The per-day tallies the statistics read (`visit_tally`, `matter_tally`, `referral_tally`). They are written only here,
 * inside the transaction of the change they count, so they can never disagree with the rows; the
 * statistics test checks them against the rows counted afresh.
 */

/** A registered visit: its channel, heads, and how many of its matters were an earlier one again. */
export async function tallyVisit(trx: Kysely<Database>, v: { day: string; channel: VisitChannel; headcount: number; collective: boolean; repeats: number }): Promise<void> {
  await trx
    .insertInto('visit_tally')
    .values({
      business_day: v.day,
      channel: v.channel,
      visits: 1,
      heads: v.headcount,
      collective: v.collective ? 1 : 0,
      collective_heads: v.collective ? v.headcount : 0,
      repeats: v.repeats,
    })
    .onConflict((oc) =>
      oc.columns(['business_day', 'channel']).doUpdateSet({
        visits: sql`visit_tally.visits + excluded.visits`,
        heads: sql`visit_tally.heads + excluded.heads`,
        collective: sql`visit_tally.collective + excluded.collective`,
        collective_heads: sql`visit_tally.collective_heads + excluded.collective_heads`,
        repeats: sql`visit_tally.repeats + excluded.repeats`,
      }),
    )
    .execute();
}

/**
 * A new matter counted on its day and category (`by` 1), or taken off a category it left (`by` −1,
 * when a correction moves it to another).
 */
export async function tallyMatter(trx: Kysely<Database>, m: { day: string; categoryId: number; status: MatterStatus; settled: boolean }, by: 1 | -1 = 1): Promise<void> {
  const declined = m.status === 'declined' ? by : 0;
  await trx
    .insertInto('matter_tally')
    .values({ opened_day: m.day, category_id: m.categoryId, accepted: by - declined, declined, settled: m.settled ? by : 0 })
    .onConflict((oc) =>
      oc.columns(['opened_day', 'category_id']).doUpdateSet({
        accepted: sql`matter_tally.accepted + excluded.accepted`,
        declined: sql`matter_tally.declined + excluded.declined`,
        settled: sql`matter_tally.settled + excluded.settled`,
      }),
    )
    .execute();
}

const NO_RESULTS = { resolved: 0, on_time: 0, late: 0, resolved_days: 0, mediated: 0, not_mediated: 0, answered: 0, done: 0 };

async function addToReferrals(trx: Kysely<Database>, key: { day: string; stationId: number }, add: Partial<Omit<ReferralTallyTable, 'referred_day' | 'station_id'>>): Promise<void> {
  const values = { referred_day: key.day, station_id: key.stationId, referred: 0, ...NO_RESULTS, ...add };
  const columns = Object.keys(add) as (keyof typeof add)[];
  await trx
    .insertInto('referral_tally')
    .values(values)
    .onConflict((oc) => oc.columns(['referred_day', 'station_id']).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql`referral_tally.${sql.ref(c)} + excluded.${sql.ref(c)}`]))))
    .execute();
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
