import type { Kysely } from 'kysely';

/**
 * 风险研判: a matter's risk level (null until assessed) and its 重点领域 flags (JSON list). An index on
 * the level serves the supervisor's count of high-risk open matters.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('matter').addColumn('risk_level', 'text').execute();
  await db.schema.alterTable('matter').addColumn('risk_flags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.createIndex('matter_risk_level').on('matter').columns(['risk_level', 'status']).execute();
}
