import { sql, type Kysely } from 'kysely';
import { backfill } from '../engine/schemaDifferences';

/**
 * The statistics' per-day tallies (visits by channel, new matters by category, referrals by
 * station), kept in the same transaction as the change they count, so a year's tables read ~250 days
 * of rows instead of scanning every visit and matter of the year. Filled here from the history
 * already registered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('visit_tally')
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addColumn('heads', 'integer', (c) => c.notNull())
    .addColumn('collective', 'integer', (c) => c.notNull())
    .addColumn('collective_heads', 'integer', (c) => c.notNull())
    .addColumn('repeats', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_tally_pk', ['business_day', 'channel'])
    .execute();
  await db.schema
    .createTable('matter_tally')
    .addColumn('opened_day', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('declined', 'integer', (c) => c.notNull())
    .addColumn('settled', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('matter_tally_pk', ['opened_day', 'category_id'])
    .execute();
  await backfill(db, sql`insert into visit_tally (business_day, channel, visits, heads, collective, collective_heads, repeats)
    select business_day, channel, count(*), sum(headcount), sum(is_collective), sum(case when is_collective = 1 then headcount else 0 end),
      sum((select count(*) from matter_visit where matter_visit.visit_id = visit.id and matter_visit.kind = 'repeat'))
    from visit group by business_day, channel`);
  await backfill(db, sql`insert into matter_tally (opened_day, category_id, accepted, declined, settled)
    select opened_day, category_id, sum(status != 'declined'), sum(status = 'declined'), sum(settled_at_desk)
    from matter where opened_day is not null group by opened_day, category_id`);

  await db.schema
    .createTable('referral_tally')
    .addColumn('referred_day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'integer', (c) => c.notNull().references('station.id'))
    .addColumn('referred', 'integer', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('resolved_days', 'real', (c) => c.notNull())
    .addColumn('mediated', 'integer', (c) => c.notNull())
    .addColumn('not_mediated', 'integer', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('referral_tally_pk', ['referred_day', 'station_id'])
    .execute();
  // count(case …) rather than sum(…): a comparison with a null column is null, and a sum of nulls too.
  const resolved = sql`end_kind = 'resolved'`;
  const endDay = sql`date(ended_at, '+8 hours')`;
  const count = (when: ReturnType<typeof sql>) => sql`count(case when ${when} then 1 end)`;
  await backfill(db, sql`insert into referral_tally (referred_day, station_id, referred, resolved, on_time, late, resolved_days, mediated, not_mediated, answered, done)
    select referred_day, station_id, count(*), ${count(resolved)}, ${count(sql`${resolved} and ${endDay} <= deadline`)}, ${count(sql`${resolved} and ${endDay} > deadline`)},
      coalesce(sum(case when ${resolved} then julianday(ended_at) - julianday(referred_at) end), 0),
      ${count(sql`result = 'mediated'`)}, ${count(sql`result = 'not_mediated'`)}, ${count(sql`result = 'answered'`)}, ${count(sql`result = 'done'`)}
    from referral group by referred_day, station_id`);
  // A station's referrals still open, for "open and past the deadline" (that changes with today).
  await db.schema.createIndex('referral_open').on('referral').columns(['referred_day', 'station_id', 'deadline']).where(sql.ref('ended_at'), 'is', null).execute();
}
