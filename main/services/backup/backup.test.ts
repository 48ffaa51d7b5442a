import Sqlite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTheDay } from '../../testing/dayClose';
import { runDesk, runDeskAsync } from '../../testing/deskProcess';
import { nthResidentId, walkIn } from '../../testing/people';
import { NEW_USER_PASSWORD, startTestHost, tempDir, type TestApi, type TestHost } from '../../testing/testHost';
import { DEFAULT_BACKUP_SCHEDULE } from '../../../shared/schemas/system';
import { BACKUP_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { refusal } from '../../testing/refusal';
import { describeDatabase, MANIFEST_FILE, type BackupManifest } from './backupSet';
import { ON_POSTGRES } from '../../testing/testDatabase';

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

// These back up and restore the data dir's SQLite file. A county's PostgreSQL is backed up by its
// server, and its hosts refuse to (the last describe); the data check runs on both engines.
describe.skipIf(ON_POSTGRES)('a backup made while the host works (SQLite only: a county database is backed up by its server)', () => {
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

describe.skipIf(ON_POSTGRES)('desk verify (SQLite only: it tampers with restored SQLite backups)', () => {
  let dataDir: string;
  let pristine: string;
  beforeAll(async () => {
    await registerWithReceipt();
    await closeTheDay(clerk);
    host.clock.advance(24 * 60 * 60 * 1000);
    if (ON_POSTGRES) {
      // The SQLite-only tests above left papers behind; on a county database this one brings its own.
      clerk = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
      await registerWithReceipt();
    }
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

/** Moves the host's clock on to the next time the China clock reads `hh:mm`. */
function moveTo(hhmm: string): void {
  const now = host.clock.now();
  let target = new Date(`${chinaDay(now)}T${hhmm}:00+08:00`);
  if (target <= now) target = new Date(target.getTime() + 86_400_000);
  host.clock.advance(target.getTime() - now.getTime());
}

describe('automatic backups and the daily data check', () => {
  it.skipIf(ON_POSTGRES)('back up to the chosen folder when due, once a day, keep what rotation keeps, and warn when the folder is gone (SQLite only: a county database is backed up by its server)', async () => {
    const admin = await host.admin();
    expect(await refusal(admin.maintenance.saveSchedule.mutate({ ...DEFAULT_BACKUP_SCHEDULE, target: '/no/such/usb' }))).toEqual({ status: 400, message: BACKUP_MSG.targetNotWritable('/no/such/usb') });
    expect((await refusal(admin.maintenance.saveSchedule.mutate({ ...DEFAULT_BACKUP_SCHEDULE, target: 'relative/path' }))).status).toBe(400);
    const target = tempDir('desk-usb-');
    await admin.maintenance.saveSchedule.mutate({ ...DEFAULT_BACKUP_SCHEDULE, target, when: 'time', time: '18:30', keepDaily: 2, keepWeekly: 0, keepMonthly: 0 });

    moveTo('18:29');
    await host.runDueWork();
    expect(readdirSync(target)).toEqual([]);
    moveTo('18:31');
    await host.runDueWork();
    await host.runDueWork();
    expect(readdirSync(target)).toHaveLength(1);
    for (let day = 0; day < 2; day++) {
      moveTo('18:31');
      await host.runDueWork();
    }
    // Three evenings, two kept: the oldest went by rotation.
    const kept = readdirSync(target).sort();
    expect(kept).toHaveLength(2);
    const status = (await (await host.admin()).maintenance.status.query()).backup;
    expect(status.lastGood?.dir).toBe(join(target, kept[1]!));
    expect(status.lastAttempt).toMatchObject({ ok: true });
    expect(status.warning).toBeNull();

    // The USB disk is pulled out: every desk window is told, a station's window is not asked.
    rmSync(target, { recursive: true });
    const clerkNow = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
    expect(await clerkNow.maintenance.backupWarning.query()).toEqual({ kind: 'target_missing', target });
    const station = await host.newUser('backup_station', 'station', await host.stationId('派出所'));
    expect((await refusal(station.maintenance.backupWarning.query())).status).toBe(403);
    moveTo('18:31');
    await host.runDueWork();
    expect((await (await host.admin()).maintenance.status.query()).backup.lastAttempt).toMatchObject({ ok: false, message: BACKUP_MSG.targetNotWritable(target) });
    // Days on without a good backup (three evenings since the last), the warning says so even with the folder back.
    mkdirSync(target);
    host.clock.advance(2 * 86_400_000);
    const nextShift = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
    expect(await nextShift.maintenance.backupWarning.query()).toEqual({ kind: 'stale', days: 3 });
  });

  it.runIf(ON_POSTGRES)('leave a county database to its server: a backup asked for is refused in Chinese, none is made when due, no window is warned (PostgreSQL only)', async () => {
    const admin = await host.admin();
    const target = tempDir('desk-usb-');
    await admin.maintenance.saveSchedule.mutate({ ...DEFAULT_BACKUP_SCHEDULE, target, when: 'time', time: '18:30' });
    expect((await refusal(admin.maintenance.backupNow.mutate())).message).toContain(BACKUP_MSG.serverDatabase);
    moveTo('18:31');
    await host.runDueWork();
    expect(readdirSync(target)).toEqual([]);
    const clerkNow = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
    expect(await clerkNow.maintenance.backupWarning.query()).toBeNull();
    const cli = await runDeskAsync(['backup', ...host.deskFlags, '--out', target]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain(BACKUP_MSG.serverDatabase);
  });

  it('the daily full check finds a changed paper and keeps it on the admin’s screen until acknowledged', async () => {
    if (ON_POSTGRES) {
      // The SQLite-only tests above left papers behind; on a county database this one brings its own.
      clerk = (await host.signIn('backup_clerk', NEW_USER_PASSWORD, 1)).api;
      await registerWithReceipt();
    }
    const doc = await host.services.db.selectFrom('document').select(['file', 'number']).where('file', 'is not', null).orderBy('id', 'desc').executeTakeFirstOrThrow();
    writeFileSync(join(host.dataDir, 'documents', doc.file!), 'not the paper');
    moveTo('08:00');
    await host.runDueWork();
    const admin = await host.admin();
    const { check } = await admin.maintenance.status.query();
    expect(check).toMatchObject({ form: 'full', acknowledged: false });
    expect(check!.findings.map((f) => f.problem)).toContain(`文书 ${doc.number} 的文件与开具时记录的 SHA-256 不符，文件被改动过。`);
    // A clean quick check at the next start does not hide it.
    await host.restart();
    expect((await (await host.admin()).maintenance.status.query()).check).toMatchObject({ acknowledged: false });
    const again = await host.admin();
    await again.maintenance.acknowledge.mutate();
    expect((await again.maintenance.status.query()).check).toMatchObject({ acknowledged: true });
    const audit = await host.services.db.selectFrom('audit_log').select('action').where('action', 'in', ['system.verify', 'system.verify_acknowledged']).execute();
    expect(audit.map((a) => a.action)).toContain('system.verify_acknowledged');
  });
});
