import { createTRPCClient, httpLink } from '@trpc/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '../api/router';
import { isDeskRole, type Role } from '../../shared/roles';
import { AdjustableClock } from '../domain/clock';
import { startHost, type RunningHost } from '../host';
import { initDataDir } from '../init';
import type { CountyPlace } from '../db/connection';
import { parseCentreArea, type CentreArea } from '../domain/centreArea';
import { CENTRE_HEADER } from '../../shared/centreCookie';
import { httpsFetch } from './httpsFetch';
import { freshTestDatabase, testPostgresUrl } from './testDatabase';

export const TEST_ADMIN = { username: 'admin', password: 'Hall2026key' };
/** What users made by `newUser` sign in with. */
export const NEW_USER_PASSWORD = 'Mine123456';

export function tempDir(prefix = 'desk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A client of the test host's API, signed in or not. */
export type TestApi = ReturnType<typeof createTRPCClient<AppRouter>>;

export interface TestHost extends RunningHost {
  dataDir: string;
  /** The centre of a county database the host runs on (PostgreSQL), or null for the data dir's SQLite file. */
  database: CountyPlace | null;
  /** The `--papers` folder it was started with, if any. */
  papers: string | undefined;
  /** What a `desk` command needs to find this centre: its data dir, and its county database if any. */
  deskFlags: string[];
  clock: AdjustableClock;
  /** A client of the API: with a session's bearer token, or (for a 访客屏) with its pairing token. */
  client(token?: string, screenToken?: string, centre?: string): ReturnType<typeof createTRPCClient<AppRouter>>;
  /** Signs in and returns a client that carries the token (and, on a host serving several, names the centre). */
  signIn(username: string, password: string, counterId?: number | null, centre?: string): Promise<{ token: string; api: ReturnType<typeof createTRPCClient<AppRouter>> }>;
  /** The administrator's client at counter 1. */
  admin(): Promise<TestApi>;
  /** A station's id by its name (派出所, 司法所 …). */
  stationId(name: string): Promise<number>;
  /** Creates a user through the admin, changes the initial password as the first sign-in must, and signs in. */
  newUser(username: string, role: Exclude<Role, 'admin'>, stationId: number | null): Promise<ReturnType<typeof createTRPCClient<AppRouter>>>;
  /** Closes the host, keeping its data dir (for commands that need the database to themselves). */
  stopServing(): Promise<void>;
  /** Starts the host again on the same data dir, as after a power cut or an update (a new port). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestHostOptions {
  /** Serve HTTPS with the centre's certificate (the clients trust its CA); plain HTTP on loopback otherwise. */
  tls?: boolean;
  /** Where the host listens: loopback unless a test needs the LAN. */
  bind?: string;
  /** A built interface to serve (none: the API alone). */
  rendererDir?: string;
  /**
   * Another host of the same county database (PostgreSQL only), as a second server behind the load
   * balancer: its own data dir, the first's papers folder and clock.
   */
  joins?: TestHost;
  /**
   * Another centre of the same county database as this host (PostgreSQL only), in its own schema:
   * its own data dir, papers and centre, the same clock.
   */
  besides?: TestHost;
  /** The centre's area code in a county database of many (a schema of its own); none: the database's one centre. */
  area?: string;
  /** A township on its own SQLite file even in the PostgreSQL pass (the centre a move starts from). */
  ownFile?: boolean;
  /** More centres of the county database this host serves (each made first, as `desk init --area` would). */
  alsoServe?: string[];
  /** A centre that is already there (made by `desk import`): started on, not made. */
  adopt?: { dataDir: string; database: CountyPlace; papers: string };
  /** A PostgreSQL server of the test's own (one it restarts), instead of DESK_TEST_POSTGRES's. */
  postgres?: string;
}

/**
 * A real host on a real database and a real HTTP(S) port, as the clerk's window would meet it: the
 * data dir's SQLite file, or with DESK_TEST_POSTGRES set a new PostgreSQL database of its own.
 */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const dataDir = options.adopt?.dataDir ?? tempDir();
  const first = options.joins;
  const neighbour = options.besides;
  if ((first ?? neighbour) && !(first ?? neighbour)?.database) throw new Error('only a host on PostgreSQL can be joined');
  const server = options.ownFile || options.adopt ? null : (options.postgres ?? testPostgresUrl());
  const county = !first && !neighbour && server ? await freshTestDatabase(server) : null;
  const url = (first ?? neighbour)?.database?.url ?? county?.url;
  const area = options.area ? parseCentreArea(options.area) : null;
  if (options.area && !area) throw new Error(`not an area code: ${options.area}`);
  const database: CountyPlace | undefined = options.adopt?.database ?? first?.database ?? (url ? { url, area } : undefined);
  // The hosts of one centre share its papers; a centre of many in a database keeps them in its own folder under `--papers`.
  const papers = options.adopt?.papers ?? (first ? (first.papers ?? join(first.dataDir, 'documents')) : area ? join(dataDir, 'papers') : undefined);
  // One clock for the centre's whole life, from its creation: a restart (as after a power cut) does not turn time back.
  const clock = first?.clock ?? neighbour?.clock ?? new AdjustableClock();
  const alsoServe = (options.alsoServe ?? []).map((a) => parseCentreArea(a) ?? a) as CentreArea[];
  for (const other of alsoServe) await initDataDir(tempDir(), { centreName: `${other}综治中心`, countyCode: '140828', admin: TEST_ADMIN }, clock, { url: url!, area: other });
  if (!first && !options.adopt) await initDataDir(dataDir, { centreName: '南大里乡综治中心', countyCode: '140828', admin: TEST_ADMIN }, clock, database);
  // DESK_TEST_LOG=1 prints what the host logs (its internal errors among them) while a test runs.
  const log = process.env.DESK_TEST_LOG ? (line: string) => console.error(line) : undefined;
  const start = () => startHost({ dataDir, database, alsoServe, papers, log, port: 0, bind: options.bind ?? '127.0.0.1', clock, rendererDir: options.rendererDir ?? null, transport: options.tls ? 'tls' : 'auto', warmPrinting: false });
  let host = await start();
  let serving = true;
  const client = (token?: string, screenToken?: string, centre?: string) => {
    const send = host.tls ? httpsFetch(host.tls.ca) : fetch;
    // A host listening on every address is reached, like its own window, on loopback.
    const base = () => host.url.replace('//0.0.0.0:', '//127.0.0.1:');
    return createTRPCClient<AppRouter>({
      // The address is read on every call: a restarted host listens on a new port.
      links: [httpLink({ url: `${base()}/api`, fetch: (input, init) => send(String(input).replace(/^https?:\/\/[^/]+/, base()), init), headers: () => ({ ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(screenToken ? { 'X-Screen-Token': screenToken } : {}), ...(centre ? { [CENTRE_HEADER]: centre } : {}) }) })],
    });
  };
  const signIn: TestHost['signIn'] = async (username, password, counterId = null, centre) => {
    const { token } = await client(undefined, undefined, centre).auth.login.mutate({ username, password, counterId, bearer: true });
    if (!token) throw new Error('no bearer token');
    return { token, api: client(token, undefined, centre) };
  };
  const testHost: TestHost = {
    ...host,
    dataDir,
    database: database ?? null,
    papers,
    deskFlags: ['--data-dir', dataDir, ...(database ? ['--database', database.url] : []), ...(database?.area ? ['--area', database.area] : []), ...(papers ? ['--papers', papers] : [])],
    clock: host.services.clock as AdjustableClock,
    client,
    signIn,
    async stopServing() {
      if (serving) await host.close();
      serving = false;
    },
    async restart() {
      await testHost.stopServing();
      host = await start();
      serving = true;
      Object.assign(testHost, { url: host.url, port: host.port, services: host.services, tls: host.tls, close: host.close, runDueWork: host.runDueWork, clock: host.services.clock as AdjustableClock });
    },
    async admin() {
      return (await signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
    },
    async stationId(name) {
      const station = (await (await testHost.admin()).admin.stations.query()).find((s) => s.name === name);
      if (!station) throw new Error(`no station ${name}`);
      return station.id;
    },
    async newUser(username, role, stationId) {
      const admin = await testHost.admin();
      await admin.admin.createUser.mutate({ username, displayName: username, role, stationId, password: 'Start12345' });
      const counterId = isDeskRole(role) ? 1 : null;
      const first = (await signIn(username, 'Start12345', counterId)).api;
      await first.auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword: NEW_USER_PASSWORD });
      return (await signIn(username, NEW_USER_PASSWORD, counterId)).api;
    },
    async stop() {
      await testHost.stopServing();
      await county?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testHost;
}
