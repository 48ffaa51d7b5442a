import pg from 'pg';

/**
 * Where the tests find PostgreSQL: `DESK_TEST_POSTGRES`, a URL of a server the tests may make and
 * drop databases on (`scripts/pg-cluster.sh start` prints one). Unset, every test host runs on its
 * own SQLite file; set, on its own new PostgreSQL database.
 */
export function testPostgresUrl(): string | null {
  return process.env.DESK_TEST_POSTGRES || null;
}

/** Whether this run's test hosts are on PostgreSQL: a few tests of what only a SQLite file has are skipped then. */
export const ON_POSTGRES = testPostgresUrl() !== null;

let made = 0;

/** The same server, another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new empty database for one test host; `drop` removes it, closing whatever still holds it. */
export async function freshTestDatabase(serverUrl: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `desk_t_${process.pid}_${++made}_${Date.now().toString(36)}`;
  await onServer(serverUrl, `create database ${name}`);
  return { url: databaseUrl(serverUrl, name), name, drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
