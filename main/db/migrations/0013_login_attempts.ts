import type { Kysely } from 'kysely';

/**
 * Sign-in attempts, kept in the database: the limit holds across a restart, and each attempt is
 * counted in the same transaction that checks the limit, so parallel guesses cannot slip past it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempt_key').on('login_attempt').columns(['key', 'at']).execute();
}
