/**
 * Whether an error is the data disk failing under the host — full, or turned read-only, or failing
 * to read and write — rather than a fault of the program. The clerk is then told what happened and
 * that nothing was saved; the transaction has rolled back, and the window keeps what was typed.
 */
export type StorageFailure = 'full' | 'read_only' | 'io';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'SQLITE_READONLY', 'EACCES', 'EPERM']);

function codeOf(err: unknown): string | null {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;
}

export function storageFailure(err: unknown): StorageFailure | null {
  // Follows the chain of causes: tRPC and our services wrap the error the file system raised.
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = codeOf(e);
    if (!code) continue;
    if (FULL.has(code)) return 'full';
    if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) return 'read_only';
    if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  }
  return null;
}
