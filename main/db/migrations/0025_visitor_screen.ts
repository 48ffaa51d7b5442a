import type { Kysely } from 'kysely';

/**
 * 访客屏: a screen paired to a counter (its token kept as a hash), and what the visitor answered on
 * it — a confirmation of what was typed, or the rating and signature of a 签单, taken by the sign-off
 * that used it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counter_screen')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('counter_id', 'integer', (c) => c.notNull().references('counter.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('paired_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('paired_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createTable('screen_answer')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('counter_id', 'integer', (c) => c.notNull().references('counter.id'))
    .addColumn('screen_id', 'integer', (c) => c.notNull().references('counter_screen.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'integer')
    .addColumn('matter_id', 'integer', (c) => c.references('matter.id'))
    .addColumn('satisfaction', 'text')
    .addColumn('strokes', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('used_by_event', 'integer')
    .execute();
  await db.schema.createIndex('screen_answer_counter').on('screen_answer').columns(['counter_id', 'id']).execute();
}
