import { performance } from 'node:perf_hooks';
import { MAX_IMPORT_ROWS } from '../shared/grid';
import { gridExportRow, gridExportXlsx } from '../main/testing/gridExport';
import { startTestHost } from '../main/testing/testHost';

/**
 * `npm run bench:grid`: the grid platform's export at its largest (5,000 rows, the import's limit),
 * previewed and imported through a real host on a real SQLite file. Each round is a new file of new
 * 事件编号, so every import takes all its rows.
 */
const ROUNDS = 6;
const host = await startTestHost();
try {
  const clerk = await host.newUser('bench_clerk', 'clerk', null);
  const files: { fileName: string; dataBase64: string }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => gridExportRow(i, { 事件编号: `R${round}-${String(i).padStart(5, '0')}`, 上报时间: '2026-11-20' }));
    const bytes = await gridExportXlsx(rows);
    files.push({ fileName: `导出${round}.xlsx`, dataBase64: bytes.toString('base64') });
  }
  console.log(`文件：${MAX_IMPORT_ROWS} 行，${Math.round((files[0]!.dataBase64.length * 3) / 4 / 1024)} KB`);
  const previews: number[] = [];
  const commits: number[] = [];
  for (const file of files) {
    let t0 = performance.now();
    const check = await clerk.grid.previewImport.mutate(file);
    previews.push(performance.now() - t0);
    t0 = performance.now();
    const done = await clerk.grid.commitImport.mutate(file);
    commits.push(performance.now() - t0);
    if (check.taken !== MAX_IMPORT_ROWS || done.taken !== MAX_IMPORT_ROWS) throw new Error('rows refused');
  }
  const show = (ms: number[]) => ms.map((x) => Math.round(x)).join(' / ');
  console.log(`\n| 操作 | 次数 | 每次 (ms) |\n|---|---|---|`);
  console.log(`| 预览 ${MAX_IMPORT_ROWS} 行 | ${ROUNDS} | ${show(previews)} |`);
  console.log(`| 导入 ${MAX_IMPORT_ROWS} 行 | ${ROUNDS} | ${show(commits)} |`);
  const queue = performance.now();
  const pending = await clerk.grid.queue.query({ status: 'pending' });
  console.log(`| 待受理列表（${(await clerk.grid.pendingCount.query())} 件中前 ${pending.length} 件） | 1 | ${Math.round(performance.now() - queue)} |`);
} finally {
  await host.stop();
}
