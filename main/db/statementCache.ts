import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every query the program writes; `in (?, ?, …)` lists of other lengths take the rest. */
const CAPACITY = 1000;

/**
 * The connection as Kysely sees it, keeping each prepared statement for the next call with the same
 * SQL. Kysely prepares every query anew; a registration runs some 25 of them, and preparing (parsing
 * and planning) was about a third of its time. SQLite re-prepares a kept statement by itself when the
 * schema changes, so a migration does not leave stale plans behind. A statement still being iterated
 * (a stream not yet drained) is `busy` and is not handed out twice: that call gets one of its own.
 */
export function cachingStatements(sqlite: Sqlite.Database, capacity = CAPACITY): SqliteDatabase {
  const kept = new Map<string, Sqlite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const hit = kept.get(sql);
      if (hit && !hit.busy) {
        // Least recently used first in the map's order: move the hit to the end.
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = sqlite.prepare(sql);
      if (hit) return statement;
      kept.set(sql, statement);
      if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      return statement;
    },
  };
}
