import { CompiledQuery, type DatabaseConnection } from 'kysely';

/**
 * The first half of a centre's write lock (an arbitrary constant: "desk" in ASCII); the second is
 * the hash of the centre's schema. A SQLite file has one writer at a time by its nature; on
 * PostgreSQL every transaction takes its centre's transaction-scoped advisory lock first, so the
 * hosts of one centre write one after another just the same. Number series, the audit chain (each
 * entry names the one before), idempotency keys and the flow's check-then-change all rest on that
 * order, and need no retry loop. Reads do not take it and run side by side; the townships of a
 * county, each in its own schema with its own series and chain, write side by side too (two
 * schemas whose hashes met would only wait for each other).
 */
const WRITE_LOCK_KEY = 0x6465736b;

export async function takeWriteLock(connection: DatabaseConnection): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK_KEY}, hashtext(current_schema()))`));
}
