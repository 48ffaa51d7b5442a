import type { Kysely } from 'kysely';

/**
 * 合并: two visitor records found to be one person. The merged record stays, pointing at the record
 * kept (`merged_into`), so a search by its old ID number still finds the person and a merge can be
 * undone; `visitor_merge` keeps what each merge moved and changed, and whether it was undone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('visitor').addColumn('merged_into', 'integer', (c) => c.references('visitor.id')).execute();
  await db.schema
    .createTable('visitor_merge')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('kept_id', 'integer', (c) => c.notNull().references('visitor.id'))
    .addColumn('merged_id', 'integer', (c) => c.notNull().references('visitor.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    /** JSON: the rows moved (visits, matters, looks, the photo) and both records' fields before. */
    .addColumn('moved', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'integer', (c) => c.references('user.id'))
    .addColumn('undo_reason', 'text')
    .execute();
  await db.schema.createIndex('visitor_merge_kept').on('visitor_merge').columns(['kept_id']).execute();
  await db.schema.createIndex('visitor_merge_merged').on('visitor_merge').columns(['merged_id']).execute();
}
