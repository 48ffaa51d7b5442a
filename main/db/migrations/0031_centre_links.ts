import type { Kysely } from 'kysely';

/**
 * 上报 / 下派: a station may be another centre of the county database (the county centre for a
 * township, a township centre for the county), named by its area code. A referral to it is a
 * matter handed up or down; that centre takes the station's steps on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('station').addColumn('centre_area', 'text').execute();
}
