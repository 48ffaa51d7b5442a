import type { Kysely } from 'kysely';

/**
 * A 派单单 belongs to one referral: a re-referral after a return gets its own slip, while a second
 * slip for the same referral is a 补打. Slips issued before this version keep no referral (null).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document').addColumn('referral_id', 'integer', (c) => c.references('referral.id')).execute();
}
