import type { Kysely } from 'kysely';

/**
 * Each counter names its receipt printer and its A4 printer (empty: the window prints the PDF
 * itself). A paper whose print failed keeps the printer's message until it prints.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('counter').addColumn('receipt_printer', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('counter').addColumn('a4_printer', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('document').addColumn('print_error', 'text', (c) => c.notNull().defaultTo('')).execute();
}
