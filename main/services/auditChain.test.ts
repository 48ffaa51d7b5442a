import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, closeDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { tempDir } from '../testing/testHost';
import { recordAudit, verifyAuditChain } from './audit';

describe('the audit chain walk', () => {
  it('reads the chain page by page and still finds an entry removed at a page boundary', async () => {
    const dir = tempDir();
    const open = openDatabase(join(dir, 'desk.sqlite'), dir);
    await migrateToLatest(open, join(dir, 'backups'), new Date('2026-11-23T01:00:00Z'));
    const at = new Date('2026-11-23T02:00:00Z');
    await open.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 4500; i++) await recordAudit(trx, at, { actorId: null, action: 'bench.entry', entity: 'visit', entityId: i, detail: { i } });
    });
    expect(await verifyAuditChain(open.db)).toBeNull();
    // The chain is append-only: the test takes its guards away to play the forger.
    open.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    open.sqlite.prepare('DELETE FROM audit_log WHERE id = 4001').run();
    expect(await verifyAuditChain(open.db)).toEqual({ kind: 'gap', expectedId: 4001, foundId: 4002 });
    open.sqlite.prepare("UPDATE audit_log SET detail = '{}' WHERE id = 2001").run();
    expect(await verifyAuditChain(open.db)).toEqual({ kind: 'altered', id: 2001 });
    await closeDatabase(open);
  });
});
