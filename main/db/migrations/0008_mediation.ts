import { sql, type Kysely } from 'kysely';

/**
 * 人民调解: one case file per matter, kept by the committee that mediates it. The committee's short
 * name goes into the agreement's number "（2026）南大里调字第 3 号", counted per committee and year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('station').addColumn('short_name', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema
    .createTable('mediation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('matter_id', 'integer', (c) => c.notNull().unique().references('matter.id'))
    .addColumn('station_id', 'integer', (c) => c.notNull().references('station.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('active', 'applied', 'entrusted')`))
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('performance', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mediator', 'text', (c) => c.notNull())
    .addColumn('recorder', 'text', (c) => c.notNull())
    .addColumn('mediated_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('oral', 'integer', (c) => c.notNull())
    .addColumn('revisited_on', 'text')
    .addColumn('performed', 'text', (c) => c.check(sql`performed in ('full', 'partial', 'none')`))
    .addColumn('revisit_satisfaction', 'text')
    .addColumn('revisit_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revisited_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('judicial_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mediation_station_day').on('mediation').columns(['station_id', 'mediated_on']).execute();
}
