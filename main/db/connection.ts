import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import { HOST_MSG } from '../../shared/text/messages';
import { HostStartError } from './hostError';
import type { Database } from './schema';
import { displayUrl, openPostgres, type PostgresConnection } from './engine/postgresConnection';
import { centreSchema, type CentreArea } from '../domain/centreArea';
import { cachingStatements } from './statementCache';

/** A township's own database: one SQLite file in the data dir, held by one host. */
export interface OpenSqlite {
  engine: 'sqlite';
  db: Kysely<Database>;
  /** The raw connection, for backups and pragmas; queries go through `db`. */
  sqlite: Sqlite.Database;
  file: string;
}

/** A county's database on its PostgreSQL server, shared by its hosts. */
export interface OpenPostgres extends PostgresConnection {
  engine: 'postgres';
  /** The connection string without its password, and the centre's area: what messages name. */
  file: string;
  place: CountyPlace;
}

/**
 * A centre in a county's PostgreSQL database: the database's URL, and the centre's area code when
 * the database holds many centres (each in its own schema); without one, the database's one centre.
 */
export interface CountyPlace {
  url: string;
  area: CentreArea | null;
}

export type OpenDatabase = OpenSqlite | OpenPostgres;

function sqliteCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/**
 * SQLite rolls a transaction back by itself when the disk is full or an I/O error strikes; Kysely's
 * own ROLLBACK then fails with "no transaction is active" and that error would hide the real one
 * (which the clerk must be told: 主机的数据盘已满). So a rollback with nothing open does nothing.
 */
class DeskSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: Sqlite.Database) {
    super({ database: sqlite });
  }
  override createDriver(): Driver {
    const sqlite = this.sqlite;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (sqlite.inTransaction) await super.rollbackTransaction(connection);
      }
    })({ database: cachingStatements(sqlite) });
  }
}

/**
 * Opens the database file and takes it for this process alone: exclusive locking mode keeps an
 * OS lock for as long as the connection lives, so a second host on the same file is refused at
 * once and a crashed host leaves no stale lock behind.
 */
export function openDatabase(file: string, dataDir: string): OpenSqlite {
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
  const db = new Kysely<Database>({ dialect: new DeskSqliteDialect(sqlite) });
  return { engine: 'sqlite', db, sqlite, file };
}

/**
 * Opens a centre of the county's PostgreSQL database (see `engine/postgresConnection.ts`);
 * `create` makes the centre's schema first (init, import).
 */
export async function openCountyDatabase(place: CountyPlace, options: { onLost?: (err: Error) => void; create?: boolean; poolSize?: number } = {}): Promise<OpenPostgres> {
  const schema = place.area ? centreSchema(place.area) : undefined;
  const file = place.area ? `${displayUrl(place.url)}（${place.area}）` : displayUrl(place.url);
  return { engine: 'postgres', ...(await openPostgres({ url: place.url, schema, ...options })), file, place };
}

/** Checkpoints the write-ahead log into the main file, then closes; a county's pool is ended. */
export async function closeDatabase(open: OpenDatabase): Promise<void> {
  if (open.engine === 'postgres') {
    await open.db.destroy();
    return;
  }
  open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await open.db.destroy();
  // Kysely closes the connection only if it ever used it: a caller that went through `sqlite`
  // alone would otherwise keep the exclusive lock until the process ends.
  if (open.sqlite.open) open.sqlite.close();
}
