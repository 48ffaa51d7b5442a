import type { Kysely } from 'kysely';

/**
 * 先行调解: a matter settled on the spot at the desk (当场化解) is accepted and closed in the same
 * registration; the flag keeps it apart in the figures (its own line) from matters closed by a station.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('matter').addColumn('settled_at_desk', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
