import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OpenSqlite } from './connection';

/** A consistent copy of the live database (SQLite's online backup), safe while the host runs. */
export async function backupDatabase(open: OpenSqlite, destFile: string): Promise<string> {
  mkdirSync(dirname(destFile), { recursive: true });
  await open.sqlite.backup(destFile);
  return destFile;
}

/** `2026-11-27T10-39-26` — a file-name-safe timestamp, in China time as the staff read their clocks. */
export function backupStamp(at: Date): string {
  return new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 19).replace(/:/g, '-');
}
