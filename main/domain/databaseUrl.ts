import { isLoopback } from './hostNames';

/** The `sslmode`s under which `pg` encrypts the connection (and, for the verify ones, checks the server's certificate). */
const ENCRYPTED = new Set(['require', 'verify-ca', 'verify-full']);

/**
 * Whether a county database URL would carry personal data across the network in clear: a server
 * other than this PC (or a Unix socket) reached without TLS. The host refuses such a URL; the
 * county's DBA turns TLS on at the server and the URL asks for it (`?sslmode=verify-full`).
 */
export function sendsInClear(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const socket = parsed.hostname === '' || parsed.searchParams.get('host')?.startsWith('/') === true;
  if (socket || isLoopback(parsed.hostname)) return false;
  return !ENCRYPTED.has(parsed.searchParams.get('sslmode') ?? '');
}
