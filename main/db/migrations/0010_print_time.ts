import type { Kysely } from 'kysely';

/** 日结 counts the 补打 made during a day, whenever the paper was issued: by the time of the print. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('document_print_at').on('document_print').columns(['at', 'reprint']).execute();
}
