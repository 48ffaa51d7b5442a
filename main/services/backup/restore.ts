import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUP_MSG } from '../../../shared/text/messages';
import { backupStamp } from '../../db/backup';
import { closeDatabase, openDatabase } from '../../db/connection';
import { dataDirPaths } from '../../db/dataDir';
import { HostStartError } from '../../db/hostError';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate';
import { CARRIED_DIRS, DATABASE_FILE } from './backupSet';
import { checkBackup } from './checkBackup';

/**
 * Brings a data dir back from a backup. The backup is checked first, whole, and nothing is written
 * if it fails; a data dir whose database a host has open is refused; whatever the data dir held
 * before is moved aside into `replaced-<time>/`, never deleted. A newer schema than this program
 * knows is refused (an older one is upgraded by the host at its next start, as always).
 */
export async function restoreBackup(from: string, dataDir: string, now: Date): Promise<{ replaced: string | null }> {
  const { manifest, findings } = checkBackup(from);
  if (!manifest || findings.length > 0) throw new HostStartError(BACKUP_MSG.refused(findings));
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) throw new HostStartError(BACKUP_MSG.tooNew(manifest.schemaVersion, LATEST_SCHEMA_VERSION));
  const paths = dataDirPaths(dataDir);
  mkdirSync(paths.dir, { recursive: true });
  if (existsSync(paths.database)) {
    // Opening it exclusively is the test of use: a running host holds the lock.
    try {
      await closeDatabase(openDatabase(paths.database, paths.dir));
    } catch (err) {
      if (err instanceof HostStartError) throw new HostStartError(BACKUP_MSG.inUse(paths.dir));
      throw err;
    }
  }
  const present = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, ...CARRIED_DIRS].filter((name) => existsSync(join(paths.dir, name)));
  let replaced: string | null = null;
  if (present.length > 0) {
    replaced = join(paths.dir, `replaced-${backupStamp(now)}`);
    mkdirSync(replaced, { recursive: true });
    for (const name of present) renameSync(join(paths.dir, name), join(replaced, name));
  }
  for (const file of manifest.files) {
    const to = join(paths.dir, file.path);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(from, file.path), to);
  }
  return { replaced };
}
