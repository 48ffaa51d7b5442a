/**
 * Which names a request may use to reach the host. A page on the LAN that resolves some other name
 * to the host's address (DNS rebinding) sends that other name in its Host header and is refused.
 */

/** 127.0.0.0/8, ::1 and localhost never leave the machine. */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  return a === 'localhost' || a === '::1' || /^127(\.\d{1,3}){3}$/.test(a) || a === '::ffff:127.0.0.1';
}

/** The host part of a Host header, lower-cased, without port or IPv6 brackets; null when malformed. */
export function hostOfHeader(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h);
  if (bracketed) return bracketed[1]!;
  const plain = /^([a-z0-9.\-_\u00a1-\uffff]+)(?::\d{1,5})?$/.exec(h);
  return plain ? plain[1]!.replace(/\.$/, '') : null;
}

/** Whether the Host header names this host: one of its own names or addresses, or loopback. */
export function isOwnHost(header: string | undefined, names: ReadonlySet<string>): boolean {
  const host = hostOfHeader(header);
  if (host === null) return false;
  return isLoopback(host) || names.has(host);
}

/**
 * The address a terminal PC joins: HTTPS to any host, plain HTTP only to this PC itself. A terminal
 * never sends passwords or ID numbers across the LAN in clear. The origin, or null when refused.
 */
export function terminalOrigin(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.origin;
  return url.protocol === 'http:' && isLoopback(url.hostname) ? url.origin : null;
}

/**
 * The addresses a terminal may type to reach this host, as the admin shows them beside a pairing
 * code: every non-loopback name and address of its certificate when it listens on all of them, the
 * one it is bound to otherwise, none when it listens on loopback only.
 */
export function terminalAddresses(identity: { dnsNames: string[]; ipAddresses: string[] }, bind: string, port: number): string[] {
  const url = (host: string) => `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (isLoopback(bind)) return [];
  if (bind !== '0.0.0.0' && bind !== '::') return [url(bind)];
  return [...identity.ipAddresses.filter((a) => !isLoopback(a) && !a.includes(':')), ...identity.dnsNames.filter((n) => !isLoopback(n)), ...identity.ipAddresses.filter((a) => !isLoopback(a) && a.includes(':'))].map(url);
}
