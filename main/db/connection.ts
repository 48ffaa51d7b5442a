import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { HOST_MSG } from '../../shared/text/messages';
import { HostStartError } from './hostError';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  /** The raw connection, for backups and pragmas; queries go through `db`. */
  sqlite: Sqlite.Database;
  file: string;
}

function sqliteCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/**
 * Opens the database file and takes it for this process alone: exclusive locking mode keeps an
 * OS lock for as long as the connection lives, so a second host on the same file is refused at
 * once and a crashed host leaves no stale lock behind.
 */
export function openDatabase(file: string, dataDir: string): OpenDatabase {
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Sqlite(file);
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.pragma('busy_timeout = 0');
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('BEGIN IMMEDIATE; COMMIT;');
  } catch (err) {
    sqlite?.close();
    const code = sqliteCode(err);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new HostStartError(HOST_MSG.notADatabase(file));
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new HostStartError(HOST_MSG.databaseLocked(dataDir));
    throw err;
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite, file };
}

/** Checkpoints the write-ahead log into the main file, then closes. */
export async function closeDatabase(open: OpenDatabase): Promise<void> {
  open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await open.db.destroy();
  // Kysely closes the connection only if it ever used it: a caller that went through `sqlite`
  // alone would otherwise keep the exclusive lock until the process ends.
  if (open.sqlite.open) open.sqlite.close();
}
