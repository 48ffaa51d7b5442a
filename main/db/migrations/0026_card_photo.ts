import type { Kysely } from 'kysely';

/**
 * The photo on a visitor's ID card, kept only where the centre turned that on (设置 · 设备): the
 * latest read per visitor, with its SHA-256. Every look at it is audited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('visitor_photo')
    .addColumn('visitor_id', 'integer', (c) => c.primaryKey().references('visitor.id'))
    .addColumn('photo', 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .execute();
}
