import type { Kysely } from 'kysely';

/**
 * 材料: pictures of what a visitor hands in (a contract, a 宅基地证, a letter), from the document
 * camera or any camera, kept with the matter as files under the documents folder (so backups carry
 * them) with their SHA-256 (so the data check finds one changed or gone).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('material')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('added_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('material_matter').on('material').column('matter_id').execute();
}
