import Sqlite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTheDay } from '../../testing/dayClose';
import { runDesk, runDeskAsync } from '../../testing/deskProcess';
import { nthResidentId, walkIn } from '../../testing/people';
import { NEW_USER_PASSWORD, startTestHost, tempDir, type TestApi, type TestHost } from '../../testing/testHost';
import { describeDatabase, MANIFEST_FILE, type BackupManifest } from './backupSet';

let host: TestHost;
let clerk: TestApi;
let people = 0;
beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('backup_clerk', 'clerk', null);
});
afterAll(() => host.stop());

/** Registers a visitor and prints the receipt: a row, its audit entry, and a kept paper. */
async function registerWithReceipt(): Promise<void> {
  people += 1;
  const visit = await clerk.visits.register.mutate(walkIn({ name: `备份${people}`, idNumber: nthResidentId(100 + people) }));
  await clerk.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5', route: 'window' });
}

function onlyBackupIn(target: string): string {
  const dirs = readdirSync(target).filter((d) => d.startsWith('desk-backup-'));
  expect(dirs).toHaveLength(1);
  return join(target, dirs[0]!);
}

describe('a backup made while the host works', () => {
  it('carries database, papers and certificates with a manifest, and restores to an identical centre', async () => {
    for (let i = 0; i < 4; i++) await registerWithReceipt();
    const target = tempDir('desk-usb-');
    // Registrations go on while `desk backup` asks the running host for its copy.
    const [run] = await Promise.all([runDeskAsync(['backup', '--data-dir', host.dataDir, '--out', target]), registerWithReceipt(), registerWithReceipt()]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('备份完成并已校验');
    const backup = onlyBackupIn(target);
    const manifest = JSON.parse(readFileSync(join(backup, MANIFEST_FILE), 'utf8')) as BackupManifest;
    expect(manifest.rows['visit']).toBeGreaterThanOrEqual(4);
    expect(manifest.files.filter((f) => f.path.startsWith('documents/')).length).toBe(manifest.rows['document']);
    expect(manifest.files.map((f) => f.path)).toContain('tls/ca.crt');

    // Restored elsewhere: the same rows, the same chain head, every paper byte for byte.
    const restored = tempDir('desk-restored-');
    const restore = runDesk(['restore', '--from', backup, '--data-dir', restored]);
    expect(restore.stdout).toContain('已从');
    expect(restore.code).toBe(0);
    expect(describeDatabase(join(restored, 'desk.sqlite'))).toEqual({ rows: manifest.rows, chain: manifest.chain });
    for (const file of manifest.files.filter((f) => f.path.startsWith('documents/'))) {
      expect(readFileSync(join(restored, file.path)).equals(readFileSync(join(host.dataDir, file.path)))).toBe(true);
    }
    const verified = runDesk(['verify', '--data-dir', restored]);
    expect(verified.stdout).toContain('数据校验通过');
    expect(verified.code).toBe(0);
  });

  it('is checked whole before a restore writes anything; a data dir in use is refused', async () => {
    const target = tempDir('desk-usb-');
    expect((await runDeskAsync(['backup', '--data-dir', host.dataDir, '--out', target])).code).toBe(0);
    const backup = onlyBackupIn(target);

    const damaged = join(tempDir('desk-damaged-'), 'copy');
    cpSync(backup, damaged, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(damaged, MANIFEST_FILE), 'utf8')) as BackupManifest;
    const paper = manifest.files.find((f) => f.path.startsWith('documents/'))!;
    const bytes = readFileSync(join(damaged, paper.path));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
    writeFileSync(join(damaged, paper.path), bytes);
    const fresh = tempDir('desk-restore-to-');
    const refused = runDesk(['restore', '--from', damaged, '--data-dir', fresh]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`备份中的文件与清单不符（大小或 SHA-256 不同）：${paper.path}`);
    expect(existsSync(join(fresh, 'desk.sqlite'))).toBe(false);

    const inUse = await runDeskAsync(['restore', '--from', backup, '--data-dir', host.dataDir]);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain('正被运行中的受理台主机使用');

    expect(runDesk(['restore', '--from', tempDir('desk-empty-'), '--data-dir', fresh]).stderr).toContain('不是受理台的备份');
  });
});

/** Opens a stopped host's database as someone editing it behind the program's back would. */
function tamper(dataDir: string, edit: (db: Sqlite.Database) => void): void {
  const db = new Sqlite(join(dataDir, 'desk.sqlite'));
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    edit(db);
  } finally {
    db.close();
  }
}

describe('desk verify', () => {
  let dataDir: string;
  let pristine: string;
  beforeAll(async () => {
    await registerWithReceipt();
    await closeTheDay(clerk);
    host.clock.advance(24 * 60 * 60 * 1000);
    clerk = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
    await registerWithReceipt();
    const target = tempDir('desk-usb-');
    expect((await runDeskAsync(['backup', '--data-dir', host.dataDir, '--out', target])).code).toBe(0);
    pristine = onlyBackupIn(target);
  });

  /** A fresh copy of the centre, as it was, for one kind of tampering. */
  function freshCopy(): string {
    dataDir = tempDir('desk-tamper-');
    expect(runDesk(['restore', '--from', pristine, '--data-dir', dataDir]).code).toBe(0);
    return dataDir;
  }

  it('names a row edited with the triggers dropped', () => {
    const dir = freshCopy();
    tamper(dir, (db) => db.prepare("UPDATE audit_log SET detail = '{}' WHERE id = 3").run());
    const run = runDesk(['verify', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('〔audit_log 第 3 行〕审计记录与审计链不符');
  });

  it('names a recomputed chain that disagrees with a closed day', () => {
    const dir = freshCopy();
    tamper(dir, (db) => {
      // Rewrite an early entry, then recompute every hash after it, as a careful forger would.
      db.prepare("UPDATE audit_log SET detail = '{\"forged\":true}' WHERE id = 3").run();
      const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as { id: number; at: string; actor_id: number | null; action: string; entity: string; entity_id: string | null; detail: string }[];
      let prev = '0'.repeat(64);
      const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
      for (const r of rows) {
        const hash = createHash('sha256').update(JSON.stringify([prev, r.at, r.actor_id, r.action, r.entity, r.entity_id, r.detail])).digest('hex');
        update.run(prev, hash, r.id);
        prev = hash;
      }
    });
    const run = runDesk(['verify', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/日结时记下的审计链校验码与现在第 \d+ 条不符：此前的历史被改写/);
    expect(run.stdout).not.toContain('审计记录与审计链不符');
  });

  it('names a deleted tail', () => {
    const dir = freshCopy();
    tamper(dir, (db) => db.prepare("DELETE FROM audit_log WHERE id >= (SELECT min(id) FROM audit_log WHERE action = 'day.close')").run());
    const run = runDesk(['verify', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/日结时审计链到第 \d+ 条，现在这一条已不存在：审计记录的尾部被删除/);
  });

  it('names a paper whose file changed', () => {
    const dir = freshCopy();
    const manifest = JSON.parse(readFileSync(join(pristine, MANIFEST_FILE), 'utf8')) as BackupManifest;
    const paper = manifest.files.find((f) => f.path.startsWith('documents/'))!;
    writeFileSync(join(dir, paper.path), Buffer.concat([readFileSync(join(dir, paper.path)), Buffer.from('x')]));
    const run = runDesk(['verify', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/文书 \S+ 的文件与开具时记录的 SHA-256 不符/);
  });
});
