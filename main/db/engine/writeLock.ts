import { CompiledQuery, type DatabaseConnection } from 'kysely';

/**
 * The key of the county's one write lock (an arbitrary constant: "desk" in ASCII). A SQLite file
 * has one writer at a time by its nature; on PostgreSQL every transaction takes this
 * transaction-scoped advisory lock first, so the hosts of a county write one after another just
 * the same. Number series, the audit chain (each entry names the one before), idempotency keys and
 * the flow's check-then-change all rest on that order, and need no retry loop. Reads do not take
 * it and run side by side.
 */
const WRITE_LOCK_KEY = 0x6465736b;

export async function takeWriteLock(connection: DatabaseConnection): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`));
}
