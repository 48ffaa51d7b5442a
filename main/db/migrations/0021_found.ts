import type { Kysely } from 'kysely';

/**
 * Disputes found by screening (排查) or reported from the grid did not walk in: the visit records
 * where and by whom it was found, for the 排查化解台账.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('visit').addColumn('found_place', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('visit').addColumn('found_by', 'text', (c) => c.notNull().defaultTo('')).execute();
}
