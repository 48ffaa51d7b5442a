import type { Kysely } from 'kysely';

/**
 * The monthly report counts what mediation prevented: 防止民间纠纷转化为刑事案件 and
 * 防止群体性上访, N件N人. The mediator marks the case; the people are its parties who are persons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mediation').addColumn('prevents_criminal', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('mediation').addColumn('prevents_collective', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
