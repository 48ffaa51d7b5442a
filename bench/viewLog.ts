import { createTRPCClient, httpLink } from '@trpc/client';
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppRouter } from '../main/api/router';
import { dataDirPaths } from '../main/db/dataDir';
import { spawnDeskHost } from '../main/testing/deskProcess';
import { BENCH_ADMIN } from './generate';
import { Random } from './random';
import { time, type Timing } from './timing';

/**
 * `npm run bench:views -- [--data-dir …] [--samples 500]`: what the 查阅记录 costs the screens that
 * open a person's records, on the 1 M-visitor database: a matter and a visitor opened (each a new
 * look, so each is recorded), and, where the host has it, the supervisor's question "who looked at
 * this person". Run it at the commit before the 查阅记录 too, for the side-by-side figures.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: 'bench/data/v1000000-s20261127-g2' }, samples: { type: 'string', default: '500' } } });
const dataDir = resolve(values['data-dir']);
const samples = Number(values.samples);
const r = new Random(20261128);

// Which records exist, read before the host takes the file.
const file = new Database(dataDirPaths(dataDir).database, { readonly: true });
const { matters, visitors } = file.prepare('select (select max(id) from matter) as matters, (select max(id) from visitor) as visitors').get() as { matters: number; visitors: number };
file.close();
const distinct = (max: number) => [...new Set(Array.from({ length: samples * 2 }, () => r.int(1, max)))].slice(0, samples + 20);
const matterIds = distinct(matters);
const visitorIds = distinct(visitors);

const host = await spawnDeskHost(['--data-dir', dataDir, '--port', '0']);
try {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${host.url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${host.url}/api`, headers: { Authorization: `Bearer ${token}` } })] });
  const timings: Timing[] = [
    await time('打开事项（matters.get）', matterIds.map((id) => () => api.matters.get.query({ id }))),
    await time('打开来访人档案（visits.visitor）', visitorIds.map((id) => () => api.visits.visitor.query({ id }))),
  ];
  // An older host has no 查阅记录 to ask.
  const asks = await api.views.ofVisitor.query({ visitorId: visitorIds[0]! }).then(() => true, () => false);
  if (asks) timings.push(await time('查阅记录 · 谁看过这个人（views.ofVisitor）', visitorIds.map((id) => () => api.views.ofVisitor.query({ visitorId: id }))));
  console.log('\n| 操作 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} |`);
} finally {
  await host.stop();
}
