import type { Kysely } from 'kysely';

/**
 * 驻点力量: each station's attendance pattern (常驻 / 轮驻 on some weekdays / 随叫随驻 with a
 * contact), and the day's roster the desk keeps: who of each station is in the hall today.
 * Existing stations are 常驻, as the program treated them until now.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('station').addColumn('attendance', 'text', (c) => c.notNull().defaultTo('resident')).execute();
  await db.schema.alterTable('station').addColumn('rotation_days', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('station').addColumn('contact_person', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema
    .createTable('station_roster')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('station_id', 'integer', (c) => c.notNull().references('station.id'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('on_duty', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('station_roster_pk', ['day', 'station_id'])
    .execute();
}
