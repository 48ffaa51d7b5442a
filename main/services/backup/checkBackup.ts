import Sqlite from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_MSG } from '../../../shared/text/messages';
import { DATABASE_FILE, MANIFEST_FILE, sha256File, type BackupManifest } from './backupSet';

/**
 * Checks a backup folder on its own: the manifest, every file's size and SHA-256, and the
 * database's integrity. Returns the findings in Chinese; none means the backup can be restored.
 */
export function checkBackup(dir: string): { manifest: BackupManifest | null; findings: string[] } {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { manifest: null, findings: [BACKUP_MSG.noManifest(dir)] };
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;
    if (manifest.format !== 1 || !Array.isArray(manifest.files)) throw new Error();
  } catch {
    return { manifest: null, findings: [BACKUP_MSG.badManifest] };
  }
  const findings: string[] = [];
  for (const file of manifest.files) {
    const path = join(dir, file.path);
    if (!existsSync(path)) findings.push(BACKUP_MSG.fileMissing(file.path));
    else if (statSync(path).size !== file.size || sha256File(path) !== file.sha256) findings.push(BACKUP_MSG.fileChanged(file.path));
  }
  if (!manifest.files.some((f) => f.path === DATABASE_FILE)) findings.push(BACKUP_MSG.fileMissing(DATABASE_FILE));
  if (findings.length === 0) {
    const db = new Sqlite(join(dir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      const result = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (result.join() !== 'ok') findings.push(BACKUP_MSG.databaseBroken(result.slice(0, 3).join('；')));
    } catch (err) {
      findings.push(BACKUP_MSG.databaseBroken((err as Error).message));
    } finally {
      db.close();
    }
  }
  return { manifest, findings };
}
