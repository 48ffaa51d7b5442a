import type { Kysely } from 'kysely';

/**
 * 保存期限: holds that keep a matter's person past their period (法律保留), the mark of a person whose
 * details were let go, and the record of each 清理 — what it let go of, who confirmed it, when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('visitor').addColumn('anonymised_at', 'text').execute();
  // The due list reads the visitors from the oldest last visit on.
  await db.schema.createIndex('visitor_last_visit').on('visitor').columns(['last_visit_at']).execute();
  await db.schema
    .createTable('matter_hold')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('released_by', 'integer', (c) => c.references('user.id'))
    .addColumn('released_at', 'text')
    .execute();
  await db.schema.createIndex('matter_hold_matter').on('matter_hold').columns(['matter_id']).execute();
  await db.schema
    .createTable('purge')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('visitors', 'integer', (c) => c.notNull())
    .addColumn('matters', 'integer', (c) => c.notNull())
    .addColumn('papers', 'integer', (c) => c.notNull())
    .addColumn('looks', 'integer', (c) => c.notNull())
    /** JSON: the periods in force, and the matter codes let go of (codes name no one). */
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
}
