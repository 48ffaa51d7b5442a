import { sql, type Kysely } from 'kysely';

/** 回访 can be scheduled at sign-off: the day the centre should call back. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table matter add column revisit_due text`.execute(db);
  await db.schema.createIndex('matter_revisit_due').on('matter').columns(['revisit_due']).where(sql.ref('revisit_due'), 'is not', null).execute();
}
