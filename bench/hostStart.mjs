// `npm run build:main && npm run bench:start [-- dist/main 7]`: a bundled host started N times on a fresh data dir — the time from spawning to its "listening" line, and its RSS once idle (issue 16).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [dist, runs] = [process.argv[2] ?? 'dist/main', Number(process.argv[3] ?? 7)];
const dir = mkdtempSync(join(tmpdir(), 'startbench-'));
spawnSync(process.execPath, [join(dist, 'cli.js'), 'init', '--data-dir', dir, '--center', '测试中心', '--admin-user', 'admin', '--admin-password', 'Hall2026key'], { stdio: 'ignore' });
const times = []; const rss = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(dist, 'cli.js'), 'host', '--data-dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((ok) => { let out = ''; child.stdout.on('data', (d) => { out += d; if (/listening on/.test(out)) ok(); }); });
  times.push(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 1500));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  rss.push(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`${dist}: start→listening median ${Math.round(med(times))} ms (${times.map(Math.round).join(' / ')}), idle RSS median ${Math.round(med(rss))} MB`);
rmSync(dir, { recursive: true, force: true });
