import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDesk, spawnDeskHost } from '../main/testing/deskProcess';

export const ADMIN = { username: 'admin', password: 'Admin12345' };
export const CENTRE = '南大里乡综治中心';

export interface TestHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A fresh centre in a temp dir, served by a real `desk host` on a free port with a test clock. */
export async function startTestHost(): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const init = runDesk(['init', '--data-dir', dataDir, '--center', CENTRE, '--admin-user', ADMIN.username, '--admin-password', ADMIN.password, '--county', '140828']);
  if (init.code !== 0) throw new Error(`desk init failed: ${init.stderr}`);
  const host = await spawnDeskHost(['--data-dir', dataDir, '--port', '0', '--test-clock']);
  return {
    url: host.url,
    dataDir,
    stop: async () => {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Moves the host's clock forward (only with `--test-clock`). */
export async function advanceClock(host: TestHost, ms: number): Promise<void> {
  const res = await fetch(`${host.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
  if (!res.ok) throw new Error(`clock: ${res.status}`);
}
