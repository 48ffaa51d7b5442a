import { sql, type Kysely } from 'kysely';

/** Referrals to stations, the event history of each matter, and what the queues need to be fast. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table matter add column version integer not null default 0`.execute(db);
  await sql`alter table matter add column station_id integer references station (id)`.execute(db);
  await sql`alter table matter add column referral_id integer`.execute(db);
  await sql`alter table matter add column deadline text`.execute(db);
  await sql`alter table matter add column satisfaction text`.execute(db);
  await db.schema.createIndex('matter_station_queue').on('matter').columns(['station_id', 'status', 'deadline']).execute();
  await db.schema.createIndex('matter_open_deadline').on('matter').columns(['status', 'deadline']).execute();

  await db.schema
    .createTable('referral')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('station_id', 'integer', (c) => c.notNull().references('station.id'))
    .addColumn('helper_station_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('referred_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('referred_at', 'text', (c) => c.notNull())
    .addColumn('referred_day', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`basis in ('calendar','working')`))
    .addColumn('limit_days', 'integer', (c) => c.notNull())
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended_since', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_kind', 'text')
    .addColumn('result', 'text')
    .addColumn('result_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('referral_matter').on('referral').columns(['matter_id', 'id']).execute();

  await db.schema
    .createTable('matter_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('referral_id', 'integer', (c) => c.references('referral.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('matter_event_matter').on('matter_event').columns(['matter_id', 'id']).execute();
}
