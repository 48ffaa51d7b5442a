import pg from 'pg';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLUSTER = join(import.meta.dirname, '..', '..', 'scripts', 'pg-cluster.sh');

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

/** A PostgreSQL cluster of one test's own, on a free port: one it may stop and start while the others' server stays up. */
export interface PrivateCluster {
  /** Starts it (the first time, makes it) and answers its server URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it and removes its files. */
  remove(): Promise<void>;
}

export async function privateCluster(name: string): Promise<PrivateCluster> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => probe.once('listening', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  const env = { ...process.env, DESK_PG_DIR: join(tmpdir(), `desk-pg-${name}-${process.pid}`), DESK_PG_PORT: String(port) };
  const cluster = async (command: string) => (await run('bash', [CLUSTER, command], { env })).stdout.trim();
  return {
    start: () => cluster('start'),
    stop: async () => void (await cluster('stop')),
    restart: async () => void (await cluster('restart')),
    async remove() {
      await cluster('stop');
      rmSync(env.DESK_PG_DIR, { recursive: true, force: true });
    },
  };
}
