import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The next number of a series (kind + period). Call inside the transaction that uses it: two
 * counters can then never get the same number, and a number, once given, is never given again.
 */
export async function nextSerial(trx: Kysely<Database>, kind: string, period: string): Promise<number> {
  const row = await sql<{ last: number }>`
    insert into serial (kind, period, last) values (${kind}, ${period}, 1)
    on conflict (kind, period) do update set last = serial.last + 1
    returning last`.execute(trx);
  return row.rows[0]!.last;
}
