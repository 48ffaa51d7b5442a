import { sql, type Kysely } from 'kysely';

/**
 * Every printed paper: a number per kind and year that is never reused, its PDF's hash and file,
 * and each time it went to paper (the first print and every 补打). A void keeps its number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('matter_id', 'integer', (c) => c.references('matter.id'))
    .addColumn('counter_id', 'integer', (c) => c.references('counter.id'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('issued', 'voided')`))
    .addColumn('void_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('voided_by', 'integer', (c) => c.references('user.id'))
    .addColumn('voided_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .addColumn('file', 'text')
    .addUniqueConstraint('document_kind_year_serial', ['kind', 'year', 'serial'])
    .execute();
  await db.schema.createIndex('document_day').on('document').columns(['business_day', 'counter_id']).execute();
  await db.schema.createIndex('document_matter').on('document').column('matter_id').execute();

  await db.schema
    .createTable('document_print')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('reprint', 'integer', (c) => c.notNull())
    .addColumn('printer', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_print_document').on('document_print').column('document_id').execute();
}
