import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/** Every migration, in order. Bundled in code so an installed program never looks for files. */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [['0001_foundation', m0001]];
