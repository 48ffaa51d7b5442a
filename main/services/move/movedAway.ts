import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { readSetting } from '../settings';

/** The setting a township's database carries once `desk export` has moved it to the county. */
export const MOVED_KEY = 'centre.moved';

export interface MovedAway {
  at: string;
  to: string;
}

/** When and where this database's centre was moved to, or null while it is still served here. */
export function movedAway(db: Kysely<Database>): Promise<MovedAway | null> {
  return readSetting<MovedAway>(db, MOVED_KEY);
}
