import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_MSG } from '../../shared/text/messages';
import { AdjustableClock } from '../domain/clock';
import { startHost, type RunningHost } from '../host';
import { initDataDir } from '../init';
import { verifyData } from '../services/verify/verifyData';
import { nthResidentId, walkIn } from '../testing/people';
import { postApi } from '../testing/rawApi';
import { TEST_ADMIN } from '../testing/testHost';

/**
 * A data dir on a small filesystem of its own (tmpfs), so a test can fill it. Mounting needs root,
 * which CI has (it installs with apt); elsewhere the suite says so and is skipped.
 */
function mountSmallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'desk-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountSmallDisk();

/** Fills the filesystem to the last byte; returns the filler's path. */
function fillUp(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  try {
    for (let size = chunk.length; size >= 1; ) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch {
        size = Math.floor(size / 2);
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

// Skipped only where the test may not mount a filesystem (not root): the rule is proven in domain/storageFailure.test.ts.
describe.skipIf(!disk)('the data disk fills up during work', () => {
  let host: RunningHost;
  let token: string;
  const dataDir = join(disk ?? '', 'data');
  beforeAll(async () => {
    const clock = new AdjustableClock();
    await initDataDir(dataDir, { centreName: '南大里乡综治中心', countyCode: '140828', admin: TEST_ADMIN }, clock);
    host = await startHost({ dataDir, port: 0, bind: '127.0.0.1', clock, rendererDir: null });
    const login = await call('auth.login', { ...TEST_ADMIN, counterId: 1, bearer: true });
    token = (login.json as { result: { data: { token: string } } }).result.data.token;
  });
  afterAll(async () => {
    // The small disk is unmounted whatever happened above: a failed run leaves no mount behind.
    try {
      rmSync(join(disk!, 'filler.bin'), { force: true });
      await host?.close();
    } finally {
      execFileSync('umount', ['--lazy', disk!]);
      rmSync(disk!, { recursive: true, force: true });
    }
  });

  const call = (path: string, body: unknown) => postApi(host.url, path, body, token);

  const messageOf = (json: unknown) => (json as { error: { message: string } }).error.message;

  it('says so in Chinese, writes nothing half, and works again once there is room', async () => {
    const first = await call('visits.register', walkIn({ name: '甲', idNumber: nthResidentId(1) }));
    expect(first.status).toBe(200);
    const matterId = (first.json as { result: { data: { matters: { id: number }[] } } }).result.data.matters[0]!.id;

    const filler = fillUp(disk!);
    // A paper cannot be kept on a full disk: the clerk is told, the number waits to be printed again.
    const paper = await call('documents.issue', { kind: 'receipt', matterId, layout: 'a5', route: 'window' });
    expect(paper.json).toMatchObject({ error: { message: STORAGE_MSG.full } });
    expect(paper.status).toBe(503);
    expect(messageOf(paper.json)).toBe(STORAGE_MSG.full);
    // Registrations either fit in what SQLite already holds or are refused the same way — never a 500.
    const inputs = Array.from({ length: 30 }, (_, i) => walkIn({ name: `乙${i}`, idNumber: nthResidentId(10 + i) }));
    const answers = [];
    for (const input of inputs) answers.push(await call('visits.register', input));
    for (const a of answers) expect(a.status === 200 || (a.status === 503 && messageOf(a.json) === STORAGE_MSG.full)).toBe(true);

    rmSync(filler);
    // Room again: what was refused goes through when the window sends it again (same key, made once).
    for (const [i, a] of answers.entries()) if (a.status !== 200) expect((await call('visits.register', inputs[i])).status).toBe(200);
    // The paper numbered before the disk refused its file is the one that prints now: no number lost.
    const again = await call('documents.issue', { kind: 'receipt', matterId, layout: 'a5', route: 'window' });
    expect(again.status).toBe(200);
    expect((again.json as { result: { data: { number: string } } }).result.data.number).toMatch(/^HZ\d{4}-000001$/);
    expect(await verifyData(host.services, 'full')).toEqual([]);
    const visits = await host.services.db.selectFrom('visit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(visits.n)).toBe(31);
  });
});
