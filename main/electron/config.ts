import { safeStorage } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How this PC runs the program, chosen once in the first-run window. A terminal keeps its host's
 * address, the key it pinned, and the token the host gave it when it paired.
 */
export type ShellConfig = { mode: 'host'; lan: boolean } | { mode: 'terminal'; address: string; pin: string; token: string };

type Stored = { mode: 'host'; lan: boolean } | { mode: 'terminal'; address: string; pin: string; sealedToken: string; sealed: boolean };

const FILE = 'desk-shell.json';

/** The token is sealed with the operating system's keystore where it has one (DPAPI, libsecret). */
function seal(token: string): { sealedToken: string; sealed: boolean } {
  if (!safeStorage.isEncryptionAvailable()) return { sealedToken: token, sealed: false };
  return { sealedToken: safeStorage.encryptString(token).toString('base64'), sealed: true };
}

function unseal(stored: { sealedToken: string; sealed: boolean }): string {
  return stored.sealed ? safeStorage.decryptString(Buffer.from(stored.sealedToken, 'base64')) : stored.sealedToken;
}

export function loadShellConfig(userData: string): ShellConfig | null {
  const file = join(userData, FILE);
  if (!existsSync(file)) return null;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.mode === 'host') return stored;
    // A terminal set up before pairing existed has no pin: it must pair.
    if (!stored.pin || !stored.sealedToken) return null;
    return { mode: 'terminal', address: stored.address, pin: stored.pin, token: unseal(stored) };
  } catch {
    return null;
  }
}

export function saveShellConfig(userData: string, config: ShellConfig): void {
  const stored: Stored = config.mode === 'host' ? config : { mode: 'terminal', address: config.address, pin: config.pin, ...seal(config.token) };
  writeFileSync(join(userData, FILE), JSON.stringify(stored, null, 2), { mode: 0o600 });
}
