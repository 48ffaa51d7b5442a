import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How this PC runs the program, chosen once in the first-run window. */
export type ShellConfig = { mode: 'host'; lan: boolean } | { mode: 'terminal'; address: string };

const FILE = 'desk-shell.json';

export function loadShellConfig(userData: string): ShellConfig | null {
  const file = join(userData, FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ShellConfig;
  } catch {
    return null;
  }
}

export function saveShellConfig(userData: string, config: ShellConfig): void {
  writeFileSync(join(userData, FILE), JSON.stringify(config, null, 2));
}
