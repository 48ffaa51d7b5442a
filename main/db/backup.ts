import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OpenDatabase } from './connection';

/** A consistent copy of the live database (SQLite's online backup), safe while the host runs. */
export async function backupDatabase(open: OpenDatabase, destFile: string): Promise<string> {
  mkdirSync(dirname(destFile), { recursive: true });
  await open.sqlite.backup(destFile);
  return destFile;
}

/** `2026-11-27T02-39-26` — a file-name-safe timestamp. */
export function backupStamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '-');
}
