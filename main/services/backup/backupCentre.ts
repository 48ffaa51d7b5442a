import { BACKUP_MSG } from '../../../shared/text/messages';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { putSetting, readSetting } from '../settings';
import { writeBackup, type BackupSource } from './backupSet';
import { checkBackup } from './checkBackup';

const LAST_BACKUP_KEY = 'backup.last_good';

export interface BackupDone {
  dir: string;
  files: number;
  at: string;
}

/**
 * Makes a backup and checks it at once, as a restore would: a backup that fails its own check is
 * reported, not counted as the last good one. Audited, with who asked (null: the schedule or the
 * host PC's own command).
 */
export async function backupCentre(ctx: ServiceContext, source: BackupSource, targetRoot: string, actor: Actor | null): Promise<BackupDone> {
  const now = ctx.clock.now();
  const { dir, manifest } = await writeBackup(source, targetRoot, now);
  const { findings } = checkBackup(dir);
  if (findings.length > 0) throw new Error(BACKUP_MSG.refused(findings));
  const done: BackupDone = { dir, files: manifest.files.length, at: now.toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, LAST_BACKUP_KEY, done);
    await recordAudit(trx, now, { actorId: actor?.userId ?? null, action: 'system.backup', entity: 'setting', detail: { dir, files: done.files, chain: manifest.chain } });
  });
  return done;
}

/** The last backup that passed its check, or null. */
export async function lastGoodBackup(ctx: Pick<ServiceContext, 'db'>): Promise<BackupDone | null> {
  return readSetting<BackupDone>(ctx.db, LAST_BACKUP_KEY);
}
