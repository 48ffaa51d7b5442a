import { createTRPCClient, httpLink } from '@trpc/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppRouter } from '../api/router';
import type { AdjustableClock } from '../domain/clock';
import { startHost, type RunningHost } from '../host';
import { initDataDir } from '../init';

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
  clock: AdjustableClock;
  client(token?: string): ReturnType<typeof createTRPCClient<AppRouter>>;
  /** Signs in and returns a client that carries the token. */
  signIn(username: string, password: string, counterId?: number | null): Promise<{ token: string; api: ReturnType<typeof createTRPCClient<AppRouter>> }>;
  /** The administrator's client at counter 1. */
  admin(): Promise<TestApi>;
  /** A station's id by its name (派出所, 司法所 …). */
  stationId(name: string): Promise<number>;
  /** Creates a user through the admin, changes the initial password as the first sign-in must, and signs in. */
  newUser(username: string, role: 'clerk' | 'station' | 'supervisor', stationId: number | null): Promise<ReturnType<typeof createTRPCClient<AppRouter>>>;
  /** Closes the host, keeping its data dir (for commands that need the database to themselves). */
  stopServing(): Promise<void>;
  /** Starts the host again on the same data dir, as after a power cut or an update (a new port). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A real host on a real SQLite file and a real HTTP port, as the clerk's window would meet it. */
export async function startTestHost(): Promise<TestHost> {
  const dataDir = tempDir();
  await initDataDir(dataDir, { centreName: '南大里乡综治中心', countyCode: '140828', admin: TEST_ADMIN });
  const start = () => startHost({ dataDir, port: 0, bind: '127.0.0.1', clock: 'test', rendererDir: null });
  let host = await start();
  let serving = true;
  const client = (token?: string) =>
    createTRPCClient<AppRouter>({
      // The address is read on every call: a restarted host listens on a new port.
      links: [httpLink({ url: `${host.url}/api`, fetch: (input, init) => fetch(String(input).replace(/^https?:\/\/[^/]+/, host.url), init), headers: () => (token ? { Authorization: `Bearer ${token}` } : {}) })],
    });
  const signIn: TestHost['signIn'] = async (username, password, counterId = null) => {
    const { token } = await client().auth.login.mutate({ username, password, counterId, bearer: true });
    if (!token) throw new Error('no bearer token');
    return { token, api: client(token) };
  };
  const testHost: TestHost = {
    ...host,
    dataDir,
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
      Object.assign(testHost, { url: host.url, port: host.port, services: host.services, tls: host.tls, close: host.close, clock: host.services.clock as AdjustableClock });
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
      const counterId = role === 'station' ? null : 1;
      const first = (await signIn(username, 'Start12345', counterId)).api;
      await first.auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword: NEW_USER_PASSWORD });
      return (await signIn(username, NEW_USER_PASSWORD, counterId)).api;
    },
    async stop() {
      await testHost.stopServing();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testHost;
}
