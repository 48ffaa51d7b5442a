import { TERMINAL_HEADER } from '../domain/terminalGate';
import { matchesPin } from '../tls/pinning';

/**
 * The desktop shell's trust decisions, as plain functions: the Electron code in main/electron only
 * wires them to Electron's hooks, and the unit tests here prove them.
 */

function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when an IPC message comes from the host's own pages, not from anything else. */
export function fromOrigin(senderUrl: string | undefined, origin: string): boolean {
  return originOf(senderUrl) === origin;
}

/** Whether the window may go to a URL: only within the host's origin. */
export function mayNavigate(url: string, origin: string): boolean {
  return originOf(url) === origin;
}

/** Chromium's answers in `setCertificateVerifyProc`: 0 trusts the certificate, -2 refuses it. */
export type CertificateVerdict = 0 | -2;

const bare = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '');

/**
 * Every certificate the shell meets is judged here, whatever the system's own store says: the
 * host's name with the pinned key is trusted, anything else refused. A certificate that a
 * system-trusted authority issued for the host's address but with another key is refused too —
 * that is what pinning means.
 */
export function certificateVerdict(hostname: string, certPem: string, trusted: { origin: string; pins: readonly string[] }): CertificateVerdict {
  const expected = originOf(trusted.origin);
  if (!expected) return -2;
  if (bare(hostname) !== bare(new URL(expected).hostname)) return -2;
  return matchesPin(certPem, trusted.pins) ? 0 : -2;
}

/** The headers a request leaves with: the terminal's token is added for its host only, never sent elsewhere. */
export function withTerminalToken(url: string, headers: Record<string, string>, origin: string, token: string | null): Record<string, string> {
  if (!token || originOf(url) !== origin) return headers;
  return { ...headers, [TERMINAL_HEADER]: token };
}
