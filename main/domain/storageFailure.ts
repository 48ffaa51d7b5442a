/**
 * Whether an error is the data disk failing under the host — full, or turned read-only, or failing
 * to read and write — or a county's database server out of reach, rather than a fault of the
 * program. The clerk is then told what happened and that nothing was saved; the transaction has
 * rolled back (a server that went away mid-transaction never committed it), and the window keeps
 * what was typed.
 */
export type StorageFailure = 'full' | 'read_only' | 'io' | 'server';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'SQLITE_READONLY', 'EACCES', 'EPERM']);
/**
 * PostgreSQL gone: a connection refused or timed out (only the database pool connects out: a
 * window's own socket cut is ECONNRESET or EPIPE, which stay what they are), the server shutting
 * down or starting (57P01–57P03), a connection exception (class 08), or too many connections (53300).
 */
const SERVER = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300']);
/** What `pg` throws without a code when the server cuts the connection or the pool waits in vain. */
const SERVER_WORDS = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

function codeOf(err: unknown): string | null {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;
}

export function storageFailure(err: unknown): StorageFailure | null {
  // Follows the chain of causes: tRPC and our services wrap the error the file system raised.
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = codeOf(e);
    if (!code) {
      if (e instanceof Error && SERVER_WORDS.test(e.message)) return 'server';
      continue;
    }
    if (SERVER.has(code) || code.startsWith('08')) return 'server';
    if (FULL.has(code)) return 'full';
    if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) return 'read_only';
    if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  }
  return null;
}
