import Sqlite from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { BACKUP_MSG } from '../../../shared/text/messages';
import { backupStamp } from '../../db/backup';
import { DeskError } from '../../domain/errors';

/**
 * One backup is a folder: the database (SQLite's online backup, consistent while the host works),
 * every kept paper, the centre's certificates, and a manifest with each file's size and SHA-256 —
 * so a backup can be checked on its own, on any PC, before anything is restored from it.
 */
export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'desk.sqlite';
/** The folders of the data dir a backup carries besides the database. */
export const CARRIED_DIRS = ['documents', 'tls'] as const;

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 1;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  /** Rows of the tables a centre counts on, so a restore can be compared at a glance. */
  rows: Record<string, number>;
  /** The audit chain's last entry in this backup. */
  chain: { id: number; hash: string } | null;
  files: ManifestFile[];
}

export const COUNTED_TABLES = ['visitor', 'visit', 'matter', 'referral', 'document', 'mediation', 'day_close', 'audit_log'] as const;

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Row counts and the chain's head, read from a database file that nobody else has open. */
export function describeDatabase(file: string): Pick<BackupManifest, 'rows' | 'chain'> {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const rows: Record<string, number> = {};
    for (const table of COUNTED_TABLES) rows[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const head = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    return { rows, chain: head ?? null };
  } finally {
    db.close();
  }
}

export interface BackupSource {
  /**
   * The live connection: its online backup copies a consistent state while others write. None for
   * a county's PostgreSQL database, which its server backs up (pg_dump on the server's schedule).
   */
  sqlite: Sqlite.Database | null;
  dataDir: string;
  appVersion: string;
  schemaVersion: number;
}

/**
 * Writes a backup under `targetRoot` and returns its folder. It is written under a `.partial` name
 * and renamed only when whole, so a backup cut short (a USB disk pulled) is never taken for one.
 */
export async function writeBackup(source: BackupSource, targetRoot: string, now: Date): Promise<{ dir: string; manifest: BackupManifest }> {
  if (!source.sqlite) throw new DeskError('conflict', BACKUP_MSG.serverDatabase);
  const dir = join(targetRoot, `desk-backup-${backupStamp(now)}`);
  const partial = `${dir}.partial`;
  if (existsSync(dir)) throw new Error(BACKUP_MSG.exists(dir));
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await source.sqlite.backup(join(partial, DATABASE_FILE));
    const carried: string[] = [DATABASE_FILE];
    for (const folder of CARRIED_DIRS) {
      for (const file of filesUnder(join(source.dataDir, folder))) {
        const to = join(partial, folder, file);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(source.dataDir, folder, file), to);
        carried.push(`${folder}/${file}`);
      }
    }
    // Sizes and hashes are read back from the copies: what the manifest vouches for is what was written.
    const files = carried.map((path) => ({ path, size: statSync(join(partial, path)).size, sha256: sha256File(join(partial, path)) }));
    const manifest: BackupManifest = { format: 1, createdAt: now.toISOString(), appVersion: source.appVersion, schemaVersion: source.schemaVersion, ...describeDatabase(join(partial, DATABASE_FILE)), files };
    writeFileSync(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    renameSync(partial, dir);
    return { dir, manifest };
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  }
}
