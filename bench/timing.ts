import { performance } from 'node:perf_hooks';
import { percentile } from './random';

export interface Timing {
  what: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Wall time of each call, after 20 untimed ones so that caches and the JIT settle. */
export async function time(what: string, runs: (() => Promise<unknown>)[]): Promise<Timing> {
  for (const run of runs.slice(0, 20)) await run();
  const ms: number[] = [];
  for (const run of runs) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { what, n: runs.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) };
}
