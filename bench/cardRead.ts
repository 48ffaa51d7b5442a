import { buildStandinReader } from '../main/testing/standinReader';
import { startTestHost } from '../main/testing/testHost';
import { time } from './timing';

/**
 * `npm run bench:card`: 读卡 through a real host and the same FFI code as a vendor's library, on the
 * stand-in library (it answers at once, so this is the program's own share of a read; a real reader
 * adds its radio time, 0.3–0.8 s by the vendors' sheets).
 */
const host = await startTestHost();
try {
  const admin = await host.admin();
  await admin.devices.setCardReader.mutate({ libraryPath: buildStandinReader(), port: 1001 });
  const clerk = await host.newUser('bench_clerk', 'clerk', null);
  const reads = await time('读卡（主机 → 驱动库 → 表单数据）', Array.from({ length: 200 }, () => () => clerk.devices.readCard.mutate({ fresh: false })));
  const polls = await time('无卡时的一次轮询', Array.from({ length: 200 }, () => async () => {
    process.env['STANDIN_READER_MODE'] = 'absent';
    await clerk.devices.readCard.mutate({ fresh: true });
    delete process.env['STANDIN_READER_MODE'];
  }));
  console.log('\n| 操作 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|');
  for (const t of [reads, polls]) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} |`);
} finally {
  await host.stop();
}
