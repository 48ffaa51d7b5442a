import type { Kysely } from 'kysely';

/**
 * 查阅记录: who opened which record of a person (a visitor, a matter, a mediation file, a paper, a whole
 * ID number or phone), when, and from which counter and address. Kept apart from the hash-chained
 * audit log: a look changes nothing, comes many times a minute, and is written in batches.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('view_log')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('counter_id', 'integer', (c) => c.references('counter.id'))
    .addColumn('client_address', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    /** The person the record concerns, so "who looked at this person" is one index range. */
    .addColumn('visitor_id', 'integer', (c) => c.references('visitor.id'))
    /** The record as the clerk knows it: a matter's code, a paper's number. */
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('view_log_visitor').on('view_log').columns(['visitor_id', 'at']).execute();
  await db.schema.createIndex('view_log_user').on('view_log').columns(['user_id', 'at']).execute();
}
