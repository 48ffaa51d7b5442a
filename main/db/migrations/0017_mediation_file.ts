import { sql, type Kysely } from 'kysely';

/**
 * The 调解卷宗 as the 司法部 forms (2010) have it: the day the committee took the case on (受理), the
 * numbered 申请事项 apart from the 纠纷简要情况, each party's responsibility (人民调解法 Art. 29), who
 * took part in the session, the 调查记录, and the 卷号 the bound file carries. Files kept before this
 * take their 调解日期 as the day of 受理 (the closest day they recorded).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const add = (column: string, fallback: string) => db.schema.alterTable('mediation').addColumn(column, 'text', (c) => c.notNull().defaultTo(fallback)).execute();
  await add('accepted_on', '');
  await sql`update mediation set accepted_on = mediated_on`.execute(db);
  await add('requests', '[]');
  await add('responsibility', '');
  await add('participants', '');
  await add('investigations', '[]');
  await db.schema.alterTable('mediation').addColumn('file_number', 'text').execute();
  await db.schema.createIndex('mediation_accepted_on').on('mediation').column('accepted_on').execute();
}
