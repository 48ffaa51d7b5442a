import { createTRPCClient, httpLink } from '@trpc/client';
import { get, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AppRouter } from '../main/api/router';
import { runDesk, spawnDeskHost } from '../main/testing/deskProcess';
import { tempDir } from '../main/testing/testHost';
import { nthResidentId, walkIn } from '../main/testing/people';
import { percentile, Random } from './random';
import type { Timing } from './timing';

/**
 * `npm run bench:hall -- [--windows 200] [--counters 20] [--registrations 50] [--steps 100] [--pace 1000]`: a full hall
 * on one host, over loopback. A fresh centre; `windows` open windows listening to the host's live
 * events (a tenth of them a station's, the rest the desk's), while `counters` counters each register
 * `registrations` visitors one after another, all at once, and a supervisor takes `steps` 督办 steps on
 * matters referred to that station. Timed: each registration, and each step's event arriving at every
 * window that hears it.
 */
const { values } = parseArgs({
  options: {
    windows: { type: 'string', default: '200' },
    counters: { type: 'string', default: '20' },
    registrations: { type: 'string', default: '50' },
    steps: { type: 'string', default: '100' },
    // A counter's mean pause between two registrations (ms, drawn evenly from 0 to twice it): 1 s
    // makes 20 counters register ~20 visitors a second, far past a real hall's peak; 0 is a stress test.
    pace: { type: 'string', default: '1000' },
  },
});
const pace = Number(values.pace);
const random = new Random(20261127);
const [windows, counters, registrations, steps] = [values.windows, values.counters, values.registrations, values.steps].map(Number) as [number, number, number, number];
const ADMIN = { username: 'admin', password: 'Hall2026key' };

const dataDir = tempDir();
const init = runDesk(['init', '--data-dir', dataDir, '--center', '基准测试综治中心', '--admin-user', ADMIN.username, '--admin-password', ADMIN.password]);
if (init.code !== 0) throw new Error(init.stderr);
const host = await spawnDeskHost(['--data-dir', dataDir, '--port', '0']);
type Api = ReturnType<typeof createTRPCClient<AppRouter>>;
const client = (token?: string): Api => createTRPCClient<AppRouter>({ links: [httpLink({ url: `${host.url}/api`, headers: token ? { Authorization: `Bearer ${token}` } : {} })] });
const login = async (username: string, password: string, counterId: number | null) => (await client().auth.login.mutate({ username, password, counterId, bearer: true })).token!;
const round = (x: number) => Math.round(x * 100) / 100;
const summary = (what: string, ms: number[]): Timing => {
  ms.sort((a, b) => a - b);
  return { what, n: ms.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) };
};

try {
  const adminToken = await login(ADMIN.username, ADMIN.password, 1);
  const admin = client(adminToken);
  while ((await admin.admin.counters.query()).length < counters) await admin.admin.createCounter.mutate({ name: `${(await admin.admin.counters.query()).length + 1}号窗口`, active: true });
  const counterIds = (await admin.admin.counters.query()).slice(0, counters).map((c) => c.id);
  const station = (await admin.admin.stations.query()).find((s) => s.name === '派出所')!;
  await admin.admin.createUser.mutate({ username: 'police1', displayName: '派出所民警', role: 'station', stationId: station.id, password: 'Start12345' });
  const first = await login('police1', 'Start12345', null);
  await client(first).auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword: 'Ready12345' });

  // Matters at the station, for the supervisor's 督办 steps.
  const matters: number[] = [];
  for (let i = 0; i < 20; i++) {
    const { matters: [m] } = await admin.visits.register.mutate(walkIn({ name: `督办${i}`, idNumber: nthResidentId(100_000 + i) }));
    const { version } = await admin.matters.get.query({ id: m!.id });
    await admin.flow.act.mutate({ matterId: m!.id, version, action: 'refer', stationId: station.id, helperStationIds: [] });
    matters.push(m!.id);
  }

  // The windows: a tenth the station's (they hear its matters), the rest the desk's (they hear everything).
  let current = null as { matterId: number; arrived: Map<number, number> } | null;
  const requests: ClientRequest[] = [];
  for (let w = 0; w < windows; w++) {
    const token = w % 10 === 0 ? await login('police1', 'Ready12345', null) : await login(ADMIN.username, ADMIN.password, counterIds[w % counterIds.length]!);
    // node:http rather than fetch: 200 web streams would make this process, not the host, the slow part.
    const request = get(`${host.url}/api/live.events`, { headers: { Authorization: `Bearer ${token}` }, agent: false });
    requests.push(request);
    await new Promise<void>((ok, fail) => {
      request.once('error', fail);
      request.once('response', (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const match = /"matterId":(\d+)/.exec(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (match && current && Number(match[1]) === current.matterId && !current.arrived.has(w)) current.arrived.set(w, at);
          }
        });
        res.on('error', () => undefined);
        ok();
      });
    });
  }

  // The storm: every counter registering, one visitor after another, while the supervisor takes steps.
  const registered: number[] = [];
  let n = 0;
  // Signed in one after another: sign-ins sent all at once meet the guard against guessing.
  const counterApis: Api[] = [];
  for (const counterId of counterIds) counterApis.push(client(await login(ADMIN.username, ADMIN.password, counterId)));
  const counterWork = counterApis.map(async (api) => {
    for (let i = 0; i < registrations; i++) {
      const t0 = performance.now();
      await api.visits.register.mutate(walkIn({ name: '大厅测试', idNumber: nthResidentId(++n, 1992) }));
      registered.push(performance.now() - t0);
      if (pace > 0) await new Promise((r) => setTimeout(r, random.next() * 2 * pace));
    }
  });
  const delivered: number[] = [];
  const lastWindow: number[] = [];
  let missed = 0;
  const stepWork = (async () => {
    for (let s = 0; s < steps; s++) {
      if (pace > 0) await new Promise((r) => setTimeout(r, (random.next() * 2 * pace * registrations) / steps));
      const matterId = matters[s % matters.length]!;
      const { version } = await admin.matters.get.query({ id: matterId });
      current = { matterId, arrived: new Map() };
      const t0 = performance.now();
      await admin.flow.act.mutate({ matterId, version, action: 'remind', note: '大厅基准督办' });
      const waitUntil = performance.now() + 2000;
      while (current.arrived.size < windows && performance.now() < waitUntil) await new Promise((r) => setImmediate(r));
      missed += windows - current.arrived.size;
      const delays = [...current.arrived.values()].map((at) => at - t0);
      delivered.push(...delays);
      lastWindow.push(Math.max(...delays));
      current = null;
    }
  })();
  const s0 = performance.now();
  await Promise.all([...counterWork, stepWork]);
  const seconds = (performance.now() - s0) / 1000;
  for (const r of requests) r.destroy();

  const rows = [
    summary(`登记（${counters} 个窗口同时，每窗口 ${registrations} 人）`, registered),
    summary(`督办事件到达每个窗口（${windows} 个窗口 × ${steps} 次）`, delivered),
    summary('督办事件到达最后一个窗口', lastWindow),
  ];
  console.log(`\n${windows} 个窗口在线，${counters} 个窗口登记（平均间隔 ${pace} ms）；用时 ${seconds.toFixed(1)} s，共 ${registered.length} 次登记；未收到的事件 ${missed} 个`);
  console.log('| 操作 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|');
  for (const t of rows) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} |`);
} finally {
  await host.stop();
}
