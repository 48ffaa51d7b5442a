import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDesk, spawnDeskHost } from '../main/testing/deskProcess';
import { freshTestDatabase, testPostgresUrl } from '../main/testing/testDatabase';

export const ADMIN = { username: 'admin', password: 'Hall2026key' };
export const CENTRE = '南大里乡综治中心';

export interface TestHost {
  url: string;
  dataDir: string;
  /** The county database (PostgreSQL) the host runs on, when the run is on PostgreSQL (DESK_TEST_POSTGRES). */
  database: string | null;
  stop(): Promise<void>;
}

/**
 * A centre in a temp dir, served by a real `desk host` on a free port with a test clock. Unless
 * asked for a new one, the admin has already been through the setup checklist (a centre in use).
 */
export async function startTestHost({
  newCentre = false,
  tls = false,
  postgres,
  area,
  besides,
  centre = CENTRE,
  alsoServe = [],
}: {
  newCentre?: boolean;
  tls?: boolean;
  postgres?: string;
  /** The centre's area code in a county database of many centres. */
  area?: string;
  /** Another centre of the same county database as this host's (PostgreSQL only). */
  besides?: TestHost;
  centre?: string;
  /** More centres (area code and name) this host serves beside its own, each made first. */
  alsoServe?: { area: string; centre: string }[];
} = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  // `postgres`: a server of the test's own (one it stops), instead of DESK_TEST_POSTGRES's.
  const server = besides ? null : (postgres ?? testPostgresUrl());
  const county = server ? await freshTestDatabase(server) : null;
  const url = besides?.database ?? county?.url ?? null;
  const onDatabase = url ? ['--database', url, ...(area ? ['--area', area] : [])] : [];
  const init = runDesk(['init', '--data-dir', dataDir, ...onDatabase, '--center', centre, '--admin-user', ADMIN.username, '--admin-password', ADMIN.password, '--county', '140828', '--test-clock']);
  if (init.code !== 0) throw new Error(`desk init failed: ${init.stderr}`);
  for (const other of alsoServe) {
    const made = runDesk(['init', '--data-dir', mkdtempSync(join(tmpdir(), 'desk-e2e-')), '--database', url!, '--area', other.area, '--center', other.centre, '--admin-user', ADMIN.username, '--admin-password', ADMIN.password, '--county', '140828', '--test-clock']);
    if (made.code !== 0) throw new Error(`desk init failed: ${made.stderr}`);
  }
  const host = await spawnDeskHost(['--data-dir', dataDir, ...onDatabase, ...alsoServe.flatMap((o) => ['--area', o.area]), '--port', '0', '--test-clock', ...(tls ? ['--tls'] : [])]);
  if (!newCentre && !tls) await finishSetup(host.url);
  return {
    url: host.url,
    dataDir,
    database: url,
    stop: async () => {
      await host.stop();
      await county?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Moves the host's clock forward (only with `--test-clock`) and answers with the host's now. */
export async function advanceClock(host: TestHost, ms: number): Promise<Date> {
  const res = await fetch(`${host.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
  if (!res.ok) throw new Error(`clock: ${res.status}`);
  return new Date(((await res.json()) as { now: string }).now);
}

/** The host's now: what "today" means in a test, whatever day it is run. */
export function hostNow(host: TestHost): Promise<Date> {
  return advanceClock(host, 0);
}

async function finishSetup(url: string): Promise<void> {
  const post = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(`${url}/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return ((await res.json()) as { result: { data: { token: string } } }).result.data;
  };
  const { token } = await post('auth.login', { ...ADMIN, counterId: null, bearer: true });
  await post('admin.finishSetup', { finished: true }, token);
}
