import { PostgresAdapter, type QueryExecutor } from 'kysely';

/** The two databases the program runs on: a township's own SQLite file, or a county's PostgreSQL server. */
export type Engine = 'sqlite' | 'postgres';

/** A connection or transaction of any schema (a migration's `Kysely<unknown>` as much as the services'). */
export interface OnEngine {
  getExecutor(): QueryExecutor;
}

/** Which engine a connection (or a transaction on it) speaks to; read from Kysely's adapter, so nothing needs threading through. */
export function engineOf(db: OnEngine): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
