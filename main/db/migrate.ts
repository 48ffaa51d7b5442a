import { sql, type Kysely } from 'kysely';
import { join } from 'node:path';
import { HOST_MSG } from '../../shared/text/messages';
import { backupDatabase, backupStamp } from './backup';
import type { OpenDatabase } from './connection';
import { HostStartError } from './hostError';
import { MIGRATIONS } from './migrations/index';

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  await sql`create table if not exists schema_migration (name text primary key, applied_at text not null)`.execute(db);
  const rows = await sql<{ name: string }>`select name from schema_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction with its record, so a
 * failure leaves the previous version intact; a copy of the file is taken first all the same.
 */
export async function migrateToLatest(
  open: OpenDatabase,
  backupsDir: string,
  now: Date,
  migrations: typeof MIGRATIONS = MIGRATIONS,
): Promise<{ schemaVersion: number; backupFile: string | null }> {
  const db = open.db as unknown as Kysely<unknown>;
  const applied = await appliedMigrations(db);
  const known = new Set(migrations.map(([name]) => name));
  if (applied.some((name) => !known.has(name))) throw new HostStartError(HOST_MSG.databaseTooNew(open.file));

  const pending = migrations.filter(([name]) => !applied.includes(name));
  let backupFile: string | null = null;
  // A county's PostgreSQL is backed up by its server (pg_dump, its own schedule), not by the host.
  if (pending.length > 0 && applied.length > 0 && open.engine === 'sqlite') {
    backupFile = join(backupsDir, `before-${pending[0]![0]}-${backupStamp(now)}.sqlite`);
    await backupDatabase(open, backupFile);
  }
  for (const [name, migration] of pending) {
    // PRAGMA foreign_keys is a no-op inside a transaction: it is set around it. PostgreSQL alters
    // tables in place and never needs it.
    const rebuilds = migration.rebuildsTables === true && open.engine === 'sqlite';
    if (rebuilds) await sql`pragma foreign_keys = off`.execute(db);
    try {
      await db.transaction().execute(async (trx) => {
        // Two county hosts starting at once: the second waits for the first's write lock, then finds the work done.
        const done = await sql`select 1 from schema_migration where name = ${name}`.execute(trx);
        if (done.rows.length > 0) return;
        await migration.up(trx, now);
        if (rebuilds) {
          const broken = await sql`pragma foreign_key_check`.execute(trx);
          if (broken.rows.length > 0) throw new Error(`foreign keys broken: ${JSON.stringify(broken.rows.slice(0, 5))}`);
        }
        await sql`insert into schema_migration (name, applied_at) values (${name}, ${now.toISOString()})`.execute(trx);
      });
    } catch (err) {
      throw new HostStartError(HOST_MSG.migrationFailed(`${name}: ${(err as Error).message}`, backupFile ?? (open.engine === 'postgres' ? '（县级数据库由数据库服务器备份）' : '（新建数据库，无需备份）')));
    } finally {
      if (rebuilds) await sql`pragma foreign_keys = on`.execute(db);
    }
  }
  return { schemaVersion: applied.length + pending.length, backupFile };
}
