import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfJob, RenderRequest, RenderResponse } from './pdfJobs';

/**
 * The worker: JavaScript beside the bundle; in a checkout the TypeScript beside this file, loaded
 * through tsx (registered inside the worker, as Node 20 does not pass loaders on to workers).
 */
function startWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const ts = join(here, 'pdfWorker.ts');
  if (!existsSync(ts)) return new Worker(join(here, 'pdfWorker.js'));
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(ts).href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * One rendering thread for the host, started on first use and kept: a clerk's registration at one
 * counter never waits for a long agreement being laid out for another.
 */
export class PdfRenderer {
  private worker: Worker | null = null;
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

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
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
      this.worker = null;
      this.failAll(new Error('文书生成进程意外退出，请重试。'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error) {
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
  }
}
