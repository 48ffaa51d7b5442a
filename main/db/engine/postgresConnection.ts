import pg from 'pg';
import { Kysely, PostgresDialect, PostgresDriver, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import { HOST_MSG } from '../../../shared/text/messages';
import { sendsInClear } from '../../domain/databaseUrl';
import { HostStartError } from '../hostError';
import type { Database } from '../schema';
import { PostgresSchemaPlugin } from './postgresSchema';
import { takeWriteLock } from './writeLock';

/** Connections one host keeps to the server: enough for a hall's reads while one writer works. */
const POOL_SIZE = 10;
/** How long a host waits for the server before telling the clerk it cannot be reached. */
const CONNECT_TIMEOUT_MS = 5000;

// Counts and sums come back from PostgreSQL as bigint and numeric, which `pg` leaves as strings
// (they may pass 2^53). The program's counts never come near that: they are numbers, as on SQLite.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The connection string without its password, as it may be printed and logged. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Every transaction takes the county's write lock first: the same one-writer-at-a-time as a SQLite file, across hosts. */
class LockingPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new (class extends PostgresDriver {
      override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
        await super.beginTransaction(connection, settings);
        await takeWriteLock(connection);
      }
    })(this.config);
  }
  constructor(private readonly config: ConstructorParameters<typeof PostgresDialect>[0]) {
    super(config);
  }
}

export interface PostgresConnection {
  db: Kysely<Database>;
  pool: pg.Pool;
  url: string;
  /** The schema holding this centre's tables (`public` for a database of one centre). */
  schema: string;
}

export interface PostgresPlace {
  url: string;
  /** A centre's own schema in a county database of many; none: the database's `public`, one centre. */
  schema?: string;
  /** Make the schema if it is not there (`desk init`, `desk import`); a host refuses a centre not made. */
  create?: boolean;
  onLost?: (err: Error) => void;
  /** Connections at most: a host's own centre gets the default; another centre it hands matters to, a couple. */
  poolSize?: number;
}

/** One line in Chinese for what keeps the host from the server: bad address, refused, wrong password, no such database. */
export function connectFailure(url: string, err: unknown): HostStartError {
  const shown = displayUrl(url);
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new HostStartError(HOST_MSG.postgresUnreachable(shown));
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new HostStartError(HOST_MSG.postgresNoSuchHost(shown));
    case '28P01':
    case '28000':
      return new HostStartError(HOST_MSG.postgresRefusedLogin(shown));
    case '3D000':
      return new HostStartError(HOST_MSG.postgresNoDatabase(shown));
    default:
      return new HostStartError(HOST_MSG.postgresFailed(shown, e.message ?? String(err)));
  }
}

/**
 * Connects to a county's PostgreSQL server and proves the connection with one query, so a wrong
 * address or password stops the host at once with one clear line instead of at the first clerk's
 * registration. Every connection of the pool has the centre's schema as its search path: the
 * program's queries name bare tables, and so reach only this centre's.
 */
export async function openPostgres({ url, schema = 'public', create = false, onLost = () => {}, poolSize = POOL_SIZE }: PostgresPlace): Promise<PostgresConnection> {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new HostStartError(HOST_MSG.postgresBadUrl(displayUrl(url)));
  if (sendsInClear(url)) throw new HostStartError(HOST_MSG.postgresInClear(displayUrl(url)));
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types, application_name: 'one-stop-desk', options: `-c search_path=${schema}` });
  } catch {
    throw new HostStartError(HOST_MSG.postgresBadUrl(displayUrl(url)));
  }
  // An idle connection the server drops (a restart) must not bring the host down: the pool makes a
  // new one. A connection in use (between a transaction's statements) is the pool's no longer, and
  // `pg` would throw its error at the process: each connection is heard from its first moment too.
  pool.on('error', (err) => onLost(err));
  pool.on('connect', (client) => client.on('error', () => {}));
  let found: boolean;
  try {
    if (create) await pool.query(`create schema if not exists ${pg.escapeIdentifier(schema)}`);
    found = (await pool.query('select 1 from pg_namespace where nspname = $1', [schema])).rowCount === 1;
  } catch (err) {
    await pool.end().catch(() => {});
    throw connectFailure(url, err);
  }
  if (!found) {
    await pool.end().catch(() => {});
    throw new HostStartError(HOST_MSG.postgresNoCentre(displayUrl(url), schema));
  }
  const db = new Kysely<Database>({ dialect: new LockingPostgresDialect({ pool }), plugins: [new PostgresSchemaPlugin()] });
  return { db, pool, url, schema };
}
