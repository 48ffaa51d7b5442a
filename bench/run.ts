import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { dataDirPaths } from '../main/db/dataDir';
import { spawnDeskHost } from '../main/testing/deskProcess';
import { generate } from './generate';
import { measureDayAndStatistics, startDayClosingToday } from './dayStats';
import { measureFlow, prepareOpenMatters } from './flow';
import { measureRegistration, sampleVisitors } from './measure';

/**
 * `npm run bench -- [--visitors 1000000] [--visits 1500000] [--samples 500] [--data-dir bench/data/1m]`
 * Generates the database once (seeded: the same every time), then measures through a real host.
 */
const { values } = parseArgs({
  options: {
    visitors: { type: 'string', default: '1000000' },
    visits: { type: 'string', default: '1500000' },
    samples: { type: 'string', default: '500' },
    open: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '20261127' },
    'data-dir': { type: 'string' },
  },
});
const visitors = Number(values.visitors);
const visits = Number(values.visits);
const seed = Number(values.seed);
// `g2`: the generator's version — a database made by an older generator is not reused.
const dataDir = resolve(values['data-dir'] ?? `bench/data/v${visitors}-s${seed}-g2`);

if (!existsSync(dataDirPaths(dataDir).database)) {
  const t0 = performance.now();
  console.log(`生成基准数据：${visitors} 位来访人，${visits} 次来访 → ${dataDir}`);
  await generate({ dataDir, visitors, visits, seed, until: new Date('2026-11-26T08:00:00Z') });
  console.log(`生成用时 ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const people = sampleVisitors(dataDir, Number(values.samples), seed);
await prepareOpenMatters(dataDir, Math.min(Number(values.open), visits), seed, new Date());
await startDayClosingToday(dataDir, new Date());
const host = await spawnDeskHost(['--data-dir', dataDir, '--port', '0']);
try {
  const timings = [
    ...(await measureRegistration(host.url, people)),
    ...(await measureFlow(host.url, Number(values.samples))),
    ...(await measureDayAndStatistics(host.url, Number(values.samples), seed)),
  ];
  console.log('\n| 操作 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} |`);
} finally {
  await host.stop();
}
