import { createTRPCClient, httpLink } from '@trpc/client';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppRouter } from '../main/api/router';
import { spawnDeskHost } from '../main/testing/deskProcess';
import { BENCH_ADMIN } from './generate';
import { time } from './timing';

/**
 * `npm run bench:ledger -- [--data-dir bench/data/v1000000-s20261127-g2]`: the 矛盾纠纷排查化解台账 on the
 * generated database (made by `npm run bench` first), through a real host. A month of that history
 * holds ~16,000 disputes, more than a busy township centre's year.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: 'bench/data/v1000000-s20261127-g2' }, samples: { type: 'string', default: '40' } } });
const host = await spawnDeskHost(['--data-dir', resolve(values['data-dir']), '--port', '0']);
try {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${host.url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${host.url}/api`, headers: { Authorization: `Bearer ${token}` } })] });
  const months = Array.from({ length: Number(values.samples) }, (_, i) => `${2022 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-15`);
  const rows = (await api.statistics.ledger.query({ kind: 'month', day: months[0]! })).length;
  console.log(`台账 · ${months[0]!.slice(0, 7)}：${rows} 件纠纷`);
  const timings = [
    await time('台账 · 一个月（打开）', months.map((day) => () => api.statistics.ledger.query({ kind: 'month', day }))),
    await time('台账 · 一个月（导出 Excel）', months.slice(0, 25).map((day) => () => api.statistics.ledgerXlsx.mutate({ kind: 'month', day }))),
  ];
  console.log('\n| 操作 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} |`);
} finally {
  await host.stop();
}
