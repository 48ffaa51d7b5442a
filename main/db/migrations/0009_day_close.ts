import { sql, type Kysely } from 'kysely';
import { backfill } from '../engine/schemaDifferences';
import { chinaDay } from '../../../shared/time';

/**
 * 日结: each counter closes its business day (and a supervisor may reopen it); the centre's day is
 * closed once every counter's is. Discrepancies in the paper trail are explained, and changes to a
 * closed day's records are listed as 日结后更正 on the sheet of the day they were made.
 */
export async function up(db: Kysely<unknown>, at: Date): Promise<void> {
  await db.schema
    .createTable('day_close')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('counter_id', 'integer', (c) => c.notNull().references('counter.id'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('closed', 'reopened')`))
    .addColumn('note', 'text', (c) => c.notNull())
    /** The figures as they stood at closing (JSON), what the sheet printed. */
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('reopened_by', 'integer', (c) => c.references('user.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopen_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('day_close_counter_day', ['counter_id', 'business_day'])
    .execute();

  await db.schema
    .createTable('centre_day_close')
    .addColumn('business_day', 'text', (c) => c.primaryKey())
    .addColumn('closed_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('paper_explanation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('counter_id', 'integer', (c) => c.notNull().references('counter.id'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    /** Which discrepancy: unprinted:<documentId>, missing:<kind>:<year>:<serial>, no_receipt:<matterId>. */
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('paper_explanation_item', ['counter_id', 'business_day', 'item'])
    .execute();

  await db.schema
    .createTable('late_correction')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    /** The closed day whose record changed, and its counter. */
    .addColumn('counter_id', 'integer', (c) => c.notNull().references('counter.id'))
    .addColumn('record_day', 'text', (c) => c.notNull())
    /** The sheet that lists it: the counter's next close after the change (null until then). */
    .addColumn('listed_day', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('late_correction_listed').on('late_correction').columns(['counter_id', 'listed_day']).execute();

  // Days before this version were never closed: only later days must be. "Today" is the host's
  // (the migration runs on the host's clock, so tests on a fixed calendar mean the same day).
  await sql`insert into setting (key, value) values ('day_close.since', ${JSON.stringify(chinaDay(at))})`.execute(db);

  // Where and when a matter was taken in, on the matter itself: what the day's figures and the
  // statistics count by, without visiting the visit table for every matter.
  await db.schema.alterTable('matter').addColumn('opened_counter_id', 'integer', (c) => c.references('counter.id')).execute();
  await db.schema.alterTable('matter').addColumn('opened_day', 'text').execute();
  await backfill(db, sql`update matter set (opened_counter_id, opened_day) = (select counter_id, business_day from visit where visit.id = matter.opened_visit_id)`);
  await db.schema.createIndex('matter_counter_day').on('matter').columns(['opened_counter_id', 'opened_day']).execute();
  await db.schema.createIndex('matter_counter_open').on('matter').columns(['opened_counter_id', 'status', 'opened_day']).execute();
  await db.schema.createIndex('matter_day_category').on('matter').columns(['opened_day', 'category_id', 'status']).execute();
  await db.schema.alterTable('document').addColumn('sheet_day', 'text').execute();
  await db.schema.createIndex('matter_event_at').on('matter_event').columns(['at', 'action']).execute();
  await db.schema.createIndex('referral_day').on('referral').columns(['referred_day', 'station_id']).execute();
  await db.schema.createIndex('document_counter_day').on('document').columns(['counter_id', 'business_day']).execute();
}
