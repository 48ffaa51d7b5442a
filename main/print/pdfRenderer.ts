import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfJob, RenderRequest, RenderResponse } from './pdfJobs';
import { WARM_UP_JOBS } from './warmUp';

/**
 * The worker: JavaScript beside the bundle; in a checkout the TypeScript beside this file, loaded
 * through tsx (registered inside the worker, as Node 20 does not pass loaders on to workers).
 */
function startWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const ts = join(here, 'pdfWorker.ts');
  // React's production build, whatever the host was started with: the development build keeps an
  // Error and a performance mark for every element it renders, which made each paper slower and
  // left some 70 KB behind for every paper laid out.
  const env = { ...process.env, NODE_ENV: 'production' };
  if (!existsSync(ts)) return new Worker(join(here, 'pdfWorker.js'), { env });
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(ts).href)}); });`;
  return new Worker(boot, { eval: true, env });
}

/**
 * One rendering thread for the host, kept: a clerk's registration at one counter never waits for a
 * long agreement being laid out for another. `warm()` (at the host's start) has it lay out a receipt
 * and a notice at once, so the first real paper does not wait for react-pdf and the fonts.
 *
 * Replacing the thread after a few hundred papers was tried (issue 16) and left out: the host's
 * resident memory did not fall (glibc keeps what a finished thread freed), and a paper asked for
 * while the fresh thread warmed up waited 0.6 s.
 */
export class PdfRenderer {
  private worker: Worker | null = null;
  private started = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (err: Error) => void }>();

  render(job: PdfJob): Promise<Buffer> {
    const worker = this.start();
    const id = this.nextId++;
    // Keep the process alive while a document is being made; an idle worker holds nothing up.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies RenderRequest);
    });
  }

  /** How many rendering threads this renderer has started so far (the first, and one after each crash). */
  get threadsStarted(): number {
    return this.started;
  }

  /** Starts the thread (if it is not running) and lays out the warm-up papers on it. */
  warm(): void {
    for (const job of WARM_UP_JOBS) this.render(job).catch(() => undefined);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on('message', (msg: RenderResponse) => {
      const waiting = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if ('error' in msg) waiting?.reject(new Error(msg.error));
      else waiting?.resolve(Buffer.from(msg.pdf));
      if (this.pending.size === 0) worker.unref();
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(new Error('文书生成进程意外退出，请重试。'));
    });
    this.worker = worker;
    this.started++;
    return worker;
  }

  private failAll(err: Error) {
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
  }
}
