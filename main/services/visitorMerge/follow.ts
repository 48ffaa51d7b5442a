import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * The records in use for these ids: a merged record stands for the record it was merged into (and
 * that one, if merged in turn, for its own), so a search by an old or mistyped ID number, or a
 * window still showing the merged record, reaches the person's record. Order kept, repeats dropped.
 */
export async function followMerges(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  let current = ids;
  // Merges are undone newest first and never chain in a loop; a few steps cover any real history.
  for (let step = 0; step < 8; step++) {
    if (current.length === 0) return current;
    const rows = await db.selectFrom('visitor').select(['id', 'merged_into']).where('id', 'in', [...new Set(current)]).where('merged_into', 'is not', null).execute();
    if (rows.length === 0) break;
    const into = new Map(rows.map((r) => [r.id, r.merged_into!]));
    current = current.map((id) => into.get(id) ?? id);
  }
  return [...new Set(current)];
}
