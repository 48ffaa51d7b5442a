import { sql, type Kysely } from 'kysely';

/**
 * Time limits as the law counts them. Each category's limit carries its own basis (calendar or
 * working days) instead of one setting for the whole centre: existing categories take the centre's
 * old setting, except 信访, whose 60 days are calendar days by 信访工作条例. A referral keeps the
 * day its matter's clock started (受理), so a re-referral does not restart it; referrals made before
 * this change keep the day they were made, so no deadline already told moves. The admin's entries of
 * the State Council's holiday notices get their own table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const old = await sql<{ value: string }>`select value from setting where key = 'flow.day_basis'`.execute(db);
  const basis = old.rows[0] && JSON.parse(old.rows[0].value) === 'working' ? 'working' : 'calendar';
  await db.schema.alterTable('category').addColumn('limit_basis', 'text', (c) => c.notNull().defaultTo('calendar')).execute();
  await sql`update category set limit_basis = ${basis} where kind != 'petition'`.execute(db);
  await sql`delete from setting where key = 'flow.day_basis'`.execute(db);

  await db.schema.alterTable('referral').addColumn('clock_from', 'text').execute();
  await sql`update referral set clock_from = referred_day`.execute(db);

  await db.schema
    .createTable('holiday_arrangement')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('off_days', 'text', (c) => c.notNull())
    .addColumn('work_days', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
}
