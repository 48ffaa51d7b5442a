import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** The `desk` command as a separate process, exactly as an operator or Electron would start it. */
const CLI = ['--import', 'tsx', 'main/cli.ts'];

export function runDesk(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface DeskHostProcess {
  child: ChildProcess;
  url: string;
  /** SIGTERM, then the exit code and everything printed on stderr. */
  stop(): Promise<{ code: number | null; stderr: string }>;
}

/** Starts `desk host` and resolves once it prints its `listening on` line; rejects if it exits first. */
export function spawnDeskHost(args: string[]): Promise<DeskHostProcess> {
  const child = spawn(process.execPath, [...CLI, 'host', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (https?:\/\/\S+)/.exec(out);
      if (m) {
        resolve({
          child,
          url: m[1]!,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return { code: await exited, stderr };
          },
        });
      }
    });
    void exited.then((code) => reject(Object.assign(new Error(`desk host exited with ${code}`), { code, stderr })));
  });
}

/** `desk` as a separate process without blocking this one (a host in this process keeps answering). */
export function runDeskAsync(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
