import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_SCHEDULE } from '../../../shared/schemas/system';
import { MANIFEST_FILE, type BackupManifest } from '../backup/backupSet';
import { TINY_PNG_BASE64 } from '../../testing/gridExport';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, tempDir, type TestApi, type TestHost } from '../../testing/testHost';
import { ON_POSTGRES } from '../../testing/testDatabase';

let host: TestHost;
let clerk: TestApi;
let matterId: number;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('mat_clerk', 'clerk', null);
  matterId = (await clerk.visits.register.mutate(walkIn({ name: '交材料', idNumber: nthResidentId(21) }))).matters[0]!.id;
});
afterAll(() => host.stop());

describe('材料: pictures of what the visitor hands in', () => {
  it('keeps the picture under the documents folder with its SHA-256, lists it, and gives it back unchanged', async () => {
    const added = await clerk.materials.add.mutate({ matterId, caption: '宅基地使用证', imageBase64: TINY_PNG_BASE64 });
    expect(added).toMatchObject({ caption: '宅基地使用证', addedBy: 'mat_clerk', size: Buffer.from(TINY_PNG_BASE64, 'base64').length });
    expect(await clerk.materials.list.query({ matterId })).toEqual([added]);
    expect(await clerk.materials.image.query({ materialId: added.id })).toEqual({ mime: 'image/png', base64: TINY_PNG_BASE64 });
    const row = await host.services.db.selectFrom('material').selectAll().where('id', '=', added.id).executeTakeFirstOrThrow();
    expect(row.file).toMatch(/^materials\/2026\/SX20261123-0001-[0-9a-f]{12}\.png$/);
    expect(readFileSync(join(host.dataDir, 'documents', row.file)).toString('base64')).toBe(TINY_PNG_BASE64);
  });

  it('refuses what is not a picture, and a station the matter was not referred to', async () => {
    expect((await refusal(clerk.materials.add.mutate({ matterId, caption: '合同', imageBase64: Buffer.from('%PDF-1.7').toString('base64') }))).message).toContain('不是 JPG 或 PNG 图片');
    expect((await refusal(clerk.materials.add.mutate({ matterId, caption: '', imageBase64: TINY_PNG_BASE64 }))).message).toContain('请填写材料名称');
    const police = await host.newUser('mat_police', 'station', await host.stationId('派出所'));
    expect((await refusal(police.materials.list.query({ matterId }))).status).toBe(403);
    expect((await refusal(police.materials.add.mutate({ matterId, caption: '照片', imageBase64: TINY_PNG_BASE64 }))).status).toBe(403);
  });

  // A county's database is backed up by its server (pg_dump); its hosts refuse to (see backup.test.ts).
  it.skipIf(ON_POSTGRES)('goes into the backup (SQLite only: a county database is backed up by its server)', async () => {
    const admin = await host.admin();
    const target = tempDir();
    await admin.maintenance.saveSchedule.mutate({ ...DEFAULT_BACKUP_SCHEDULE, target });
    const done = await admin.maintenance.backupNow.mutate();
    const manifest = JSON.parse(readFileSync(join(done.dir, MANIFEST_FILE), 'utf8')) as BackupManifest;
    const row = await host.services.db.selectFrom('material').select(['file']).executeTakeFirstOrThrow();
    expect(manifest.files.map((f) => f.path)).toContain(`documents/${row.file}`);
    expect(existsSync(join(done.dir, 'documents', row.file))).toBe(true);
  });

  it('is found changed by the data check', async () => {
    const admin = await host.admin();
    const row = await host.services.db.selectFrom('material').select(['file']).executeTakeFirstOrThrow();
    writeFileSync(join(host.dataDir, 'documents', row.file), 'not the picture');
    const { findings } = await admin.maintenance.checkNow.mutate();
    expect(findings.map((f) => f.problem)).toContain('事项 SX20261123-0001 的材料“宅基地使用证”的图片与保存时记录的 SHA-256 不符，文件被改动过。');
  });
});
