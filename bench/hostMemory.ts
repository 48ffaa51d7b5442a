import { createTRPCClient, httpLink } from '@trpc/client';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AppRouter } from '../main/api/router';
import { nthResidentId, walkIn } from '../main/testing/people';
import { BENCH_ADMIN } from './generate';

/**
 * `npm run build:main && npm run bench:memory -- [--data-dir …] [--papers 1000]`: the bundled host, as
 * shipped, started on the 1 M-visitor database. Times the first receipt after its start (sign in,
 * register, issue: what a clerk does first), then issues papers — receipts, and a 不予受理告知书 every
 * tenth — and reads the host's resident memory from /proc.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: 'bench/data/v1000000-s20261127-g2' },
    papers: { type: 'string', default: '1000' },
    dist: { type: 'string', default: 'dist/main' },
    // Seconds between the host's start and the first sign-in: 0 asks at once, as no clerk could.
    pause: { type: 'string', default: '0' },
    // Register only (no paper after the first): the main thread's share of the growth.
    'registrations-only': { type: 'boolean', default: false },
  },
});
const papers = Number(values.papers);
const memory = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)![1]) / 1024;
  return { rss: Math.round(kb('VmRSS')), peak: Math.round(kb('VmHWM')), anon: Math.round(kb('RssAnon')), file: Math.round(kb('RssFile')) };
};

const t0 = performance.now();
const child = spawn(process.execPath, [join(values.dist, 'cli.js'), 'host', '--data-dir', resolve(values['data-dir']), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((ok) => {
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /listening on (https?:\/\/\S+)/.exec(out);
    if (m) ok(m[1]!);
  });
});
const listening = performance.now() - t0;
await new Promise((r) => setTimeout(r, Number(values.pause) * 1000));
try {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api`, headers: { Authorization: `Bearer ${token}` } })] });
  const stamp = Date.now() % 1_000_000;
  const register = async (i: number, decline: boolean) => {
    const person = { name: '内存测试', idNumber: nthResidentId(stamp * 10 + i, 1991) };
    const matters = decline ? [{ categoryId: 16, content: '要求撤销判决', decision: 'decline' as const, declineReason: '诉讼事项', declineChannel: '申请再审' }] : undefined;
    return (await api.visits.register.mutate(walkIn({ ...person, ...(matters ? { matters } : {}) }))).matters[0]!.id;
  };
  const first = await register(0, false);
  const f0 = performance.now();
  await api.documents.issue.mutate({ kind: 'receipt', matterId: first, layout: 'roll80', route: 'window' });
  const firstReceipt = performance.now() - f0;
  const sinceStart = performance.now() - t0;
  const idle = memory(child.pid!);
  for (let i = 1; i < papers; i++) {
    const decline = i % 10 === 0;
    const matterId = await register(i, decline);
    if (!values['registrations-only']) await api.documents.issue.mutate(decline ? { kind: 'notice', matterId, route: 'window' } : { kind: 'receipt', matterId, layout: i % 2 ? 'roll80' : 'a5', route: 'window' });
  }
  const after = memory(child.pid!);
  await new Promise((r) => setTimeout(r, 2000));
  const settled = memory(child.pid!);
  console.log(`主机启动到监听：${listening.toFixed(0)} ms`);
  console.log(`首份回执（登录、登记之后，经 API）：${firstReceipt.toFixed(0)} ms；自启动起 ${sinceStart.toFixed(0)} ms`);
  console.log(`RSS：首份回执后 ${idle.rss} MB；${papers} 份文书后 ${after.rss} MB，2 秒后 ${settled.rss} MB（峰值 ${settled.peak} MB；匿名 ${settled.anon} MB，文件 ${settled.file} MB）`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
