import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { PdfJob, RenderResponse } from '../main/print/pdfJobs';
import { sampleReceipt } from '../main/testing/samplePapers';
import { WARM_UP_JOBS } from '../main/print/warmUp';

/**
 * `npm run build:main && npm run bench:thread-memory -- [--papers 1000]`: the bundled rendering
 * thread alone, in a bare process, with nothing else of the host. It lays out the same papers as
 * `bench:memory` and reports, after a full collection on the thread, what its V8 heap uses and
 * holds, what lies outside the heap (the fonts' buffers), and the process's resident memory: where
 * the host's memory goes, apart from the host.
 */
const { values } = parseArgs({ options: { papers: { type: 'string', default: '1000' }, dist: { type: 'string', default: 'dist/main' } } });
const papers = Number(values.papers);
const mb = (bytes: number) => Math.round(bytes / 1048576);
const rss = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024);

// A thin wrapper thread: it answers a `heap` message itself (after a full collection) and hands
// every other message on to the shipped worker, loaded as the host loads it.
const workerUrl = pathToFileURL(resolve(values.dist, 'pdfWorker.js')).href;
const wrapper = `
  const { parentPort } = require('node:worker_threads');
  const v8 = require('node:v8');
  const on = parentPort.on.bind(parentPort);
  parentPort.on = (event, listener) => on(event, (msg) => {
    if (msg && msg.heap) {
      globalThis.gc();
      const h = v8.getHeapStatistics();
      parentPort.postMessage({ id: msg.id, heap: { used: h.used_heap_size, total: h.total_heap_size, external: h.external_memory } });
    } else listener(msg);
  });
  import(${JSON.stringify(workerUrl)});`;
if (typeof globalThis.gc !== 'function') throw new Error('请用 node --expose-gc 运行（npm run bench:thread-memory 已带上）。');

const base = rss();
const worker = new Worker(wrapper, { eval: true, env: { ...process.env, NODE_ENV: 'production' } });
const waiting = new Map<number, (msg: unknown) => void>();
let nextId = 1;
worker.on('message', (msg: { id: number }) => {
  waiting.get(msg.id)?.(msg);
  waiting.delete(msg.id);
});
const ask = <T>(msg: object) => new Promise<T>((ok) => {
  const id = nextId++;
  waiting.set(id, ok as (msg: unknown) => void);
  worker.postMessage({ id, ...msg });
});
type Heap = { used: number; total: number; external: number };
const heap = async () => (await ask<{ heap: Heap }>({ heap: true })).heap;
const render = async (job: PdfJob) => {
  const answer = await ask<RenderResponse>({ job });
  if ('error' in answer) throw new Error(answer.error);
};
const line = (what: string, h: Heap) =>
  console.log(`${what}：进程 RSS ${rss()} MB；线程堆 已用 ${mb(h.used)} MB / 占有 ${mb(h.total)} MB；堆外 ${mb(h.external)} MB`);

for (const job of WARM_UP_JOBS) await render(job);
console.log(`空进程 RSS：${base} MB`);
line('预热之后', await heap());
const notice = WARM_UP_JOBS.find((j) => j.kind === 'notice')!;
for (let i = 1; i < papers; i++) {
  await render(i % 10 === 0 ? notice : { kind: 'receipt', layout: i % 2 ? 'roll80' : 'a5', data: { ...sampleReceipt(), visitorName: `张三${i}`, matterCode: `SX20261127-${i}` } });
}
line(`${papers} 份文书之后`, await heap());
await worker.terminate();
