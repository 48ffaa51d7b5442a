import { sql, type Kysely } from 'kysely';
import { widenCheck } from '../engine/schemaDifferences';

/**
 * 网格上报: what a 网格员 reports from a phone, or what the grid platform's spreadsheet export
 * brings in, waits here until the desk registers it (it then becomes a matter of channel 'grid')
 * or records why it is not one. Photos are kept with their report; an import keeps its report of
 * the rows taken and refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await allowGridRole(db);
  await db.schema
    .createTable('grid_import')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('rows_taken', 'integer', (c) => c.notNull())
    .addColumn('rows_refused', 'integer', (c) => c.notNull())
    .addColumn('refusals', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('grid_report')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_no', 'text')
    .addColumn('import_id', 'integer', (c) => c.references('grid_import.id'))
    .addColumn('reporter_id', 'integer', (c) => c.references('user.id'))
    .addColumn('reporter_name', 'text', (c) => c.notNull())
    .addColumn('grid_name', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('found_on', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('party_phone', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('risk_level', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('matter_id', 'integer', (c) => c.references('matter.id'))
    .addColumn('dismiss_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('handled_by', 'integer', (c) => c.references('user.id'))
    .addColumn('handled_at', 'text')
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reported_day', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();
  // The platform's 事件编号 is taken once: a second import of the same row is refused by name.
  await db.schema.createIndex('grid_report_external_no').on('grid_report').column('external_no').unique().execute();
  await db.schema.createIndex('grid_report_status').on('grid_report').columns(['status', 'id']).execute();
  await db.schema.createIndex('grid_report_reporter').on('grid_report').columns(['reporter_id', 'id']).execute();
  await db.schema.createIndex('grid_report_reported_day').on('grid_report').column('reported_day').execute();
  await db.schema
    .createTable('grid_photo')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('grid_report.id'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grid_photo_report').on('grid_photo').column('report_id').execute();
}

/** This migration remakes the user table: the migrator turns foreign keys off around it (see below). */
export const rebuildsTables = true;

/**
 * The 网格员 signs in like the staff: the user table's role check gains 'grid'. SQLite cannot alter
 * a CHECK; the table is made again under its own definition with the wider list, as SQLite's
 * documentation gives it (ALTER TABLE, "making other kinds of table schema changes"): with foreign
 * keys off, the rows copied, the old table dropped, the new one renamed, its indexes made again,
 * and `foreign_key_check` empty before the transaction commits.
 */
async function allowGridRole(db: Kysely<unknown>): Promise<void> {
  await widenCheck(db, 'user', 'role', "'clerk','station','supervisor','admin'", "'clerk','station','supervisor','admin','grid'", async (oldCheck, newCheck) => {
    const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'user'`.execute(db);
    const oldSql = table.rows[0]?.sql ?? '';
    if (!oldSql.includes(oldCheck)) throw new Error('user table: role check not as migration 0001 made it');
    const newSql = oldSql.replace(oldCheck, newCheck).replace(/^create table "?user"?/i, 'create table "user_new"');
    const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'user' and sql is not null`.execute(db);
    await sql.raw(newSql).execute(db);
    await sql`insert into user_new select * from "user"`.execute(db);
    await sql`drop table "user"`.execute(db);
    await sql`alter table user_new rename to "user"`.execute(db);
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  });
}
