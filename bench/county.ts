import { createTRPCClient, httpLink } from '@trpc/client';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AppRouter } from '../main/api/router';
import { runDesk, spawnDeskHost } from '../main/testing/deskProcess';
import { nthResidentId, walkIn } from '../main/testing/people';
import { freshTestDatabase } from '../main/testing/testDatabase';
import { tempDir } from '../main/testing/testHost';
import { CENTRE_HEADER } from '../shared/centreCookie';
import { percentile, Random } from './random';

/**
 * `npm run bench:county -- [--centres 1] [--hosts 2] [--counters 200] [--registrations 20] [--pace 1000]`:
 * a county on PostgreSQL. A new database on the throwaway cluster (`scripts/pg-cluster.sh`, or the
 * server in DESK_TEST_POSTGRES) holding `centres` centres (one: the database's own; more: the county
 * centre 140828 and townships 140828101…, each in its schema); `hosts` host processes, each serving
 * every centre, sharing one papers folder; `counters` counters in all, spread evenly over the centres
 * and, in turn, over the hosts as a load balancer would, each registering `registrations` visitors
 * one after another with a pause drawn evenly from 0 to twice `pace` ms, all at once. Timed: each
 * registration, from the counter's side. The same figure for one host on SQLite comes from
 * `npm run bench:hall`.
 */
const { values } = parseArgs({
  options: {
    centres: { type: 'string', default: '1' },
    hosts: { type: 'string', default: '2' },
    counters: { type: 'string', default: '200' },
    registrations: { type: 'string', default: '20' },
    pace: { type: 'string', default: '1000' },
  },
});
const [centres, hosts, counters, registrations, pace] = [values.centres, values.hosts, values.counters, values.registrations, values.pace].map(Number) as [number, number, number, number, number];
const random = new Random(20261128);
const ADMIN = { username: 'admin', password: 'Hall2026key' };

const server = process.env.DESK_TEST_POSTGRES || execFileSync('bash', [join(import.meta.dirname, '..', 'scripts', 'pg-cluster.sh'), 'start'], { encoding: 'utf8' }).trim();
const county = await freshTestDatabase(server);
const papers = tempDir('desk-papers-');
/** A centre's place in the database: none for a database of one centre, else its area code. */
const areas: (string | null)[] = centres === 1 ? [null] : Array.from({ length: centres }, (_, i) => (i === 0 ? '140828' : `140828${String(100 + i).padStart(3, '0')}`));
const onDatabase = ['--database', county.url];
for (const area of areas) {
  const init = runDesk(['init', '--data-dir', tempDir('desk-county-'), ...onDatabase, ...(area ? ['--area', area] : []), '--center', `基准测试${area ?? ''}综治中心`, '--admin-user', ADMIN.username, '--admin-password', ADMIN.password]);
  if (init.code !== 0) throw new Error(init.stderr);
}
const serveAll = areas.flatMap((area) => (area ? ['--area', area] : []));
const running = await Promise.all(Array.from({ length: hosts }, () => spawnDeskHost(['--data-dir', tempDir('desk-county-'), ...onDatabase, ...serveAll, '--papers', papers, '--port', '0'])));

type Api = ReturnType<typeof createTRPCClient<AppRouter>>;
/** A client of one host, for one centre (the header a script sends in place of a window's cookie). */
const client = (url: string, area: string | null, token?: string): Api =>
  createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api`, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(area ? { [CENTRE_HEADER]: area } : {}) } })] });
const login = async (url: string, area: string | null, counterId: number | null) => (await client(url, area).auth.login.mutate({ ...ADMIN, counterId, bearer: true })).token!;
const round = (x: number) => Math.round(x * 100) / 100;

try {
  const perCentre = Math.ceil(counters / centres);
  const apis: Api[] = [];
  const url = (i: number) => running[i % hosts]!.url;
  for (const area of areas) {
    const admin = client(url(0), area, await login(url(0), area, 1));
    for (let have = (await admin.admin.counters.query()).length; have < perCentre; have++) await admin.admin.createCounter.mutate({ name: `${have + 1}号窗口`, active: true });
    const counterIds = (await admin.admin.counters.query()).slice(0, perCentre).map((c) => c.id);
    // Signed in one after another (sign-ins sent all at once meet the guard against guessing), each counter on its host.
    for (const [i, counterId] of counterIds.entries()) apis.push(client(url(i), area, await login(url(i), area, counterId)));
  }

  const took: number[] = [];
  let n = 0;
  const s0 = performance.now();
  await Promise.all(
    apis.map(async (api) => {
      for (let i = 0; i < registrations; i++) {
        if (pace > 0) await new Promise((r) => setTimeout(r, random.next() * 2 * pace));
        const t0 = performance.now();
        await api.visits.register.mutate(walkIn({ name: '县级测试', idNumber: nthResidentId(++n, 1993) }));
        took.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - s0) / 1000;
  took.sort((a, b) => a - b);
  console.log(`\n${centres} 个中心，${hosts} 台主机（每台服务全部中心），共用一个 PostgreSQL 库；${apis.length} 个窗口同时登记，每窗口 ${registrations} 人（平均间隔 ${pace} ms）`);
  console.log(`用时 ${seconds.toFixed(1)} s，共 ${took.length} 次登记（${(took.length / seconds).toFixed(1)} 次/秒）`);
  console.table([{ what: '登记', n: took.length, p50: round(percentile(took, 50)), p95: round(percentile(took, 95)), p99: round(percentile(took, 99)), max: round(took[took.length - 1]!) }]);
} finally {
  await Promise.all(running.map((h) => h.stop()));
  await county.drop();
}
