import { sql, type Kysely } from 'kysely';
import { upgradeIdNumber15 } from '../../../shared/identity/idNumber';

/**
 * Old 15-digit resident numbers are kept in their 18-digit form from now on, so a person is the
 * same whichever card they bring. A number whose 18-digit form another record already holds is
 * left as it was (two records of one person: for the staff to merge, not for a migration to guess).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const old = await sql<{ id: number; id_number: string }>`select id, id_number from visitor where id_type = 'resident' and length(id_number) = 15`.execute(db);
  for (const row of old.rows) {
    if (!/^\d{15}$/.test(row.id_number)) continue;
    const upgraded = upgradeIdNumber15(row.id_number);
    const taken = await sql<{ n: number }>`select count(*) as n from visitor where id_type = 'resident' and id_number = ${upgraded}`.execute(db);
    if (Number(taken.rows[0]?.n) === 0) await sql`update visitor set id_number = ${upgraded} where id = ${row.id}`.execute(db);
  }
}
