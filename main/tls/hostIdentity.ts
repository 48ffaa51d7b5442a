import { hostname, networkInterfaces } from 'node:os';
import type { HostIdentity } from './certificates';

/**
 * What the host's certificate names by default: this PC's name and every address it has on a
 * network (plus loopback, for its own window). More names and addresses come from `desk cert renew`.
 */
export function defaultHostIdentity(extra: Partial<HostIdentity> = {}): HostIdentity {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && !i.internal && (i.family === 'IPv4' || i.family === 'IPv6') && !i.address.startsWith('fe80'))
    .map((i) => i.address);
  const dnsNames = unique(['localhost', hostname().toLowerCase(), ...(extra.dnsNames ?? [])]);
  const ipAddresses = unique(['127.0.0.1', '::1', ...addresses, ...(extra.ipAddresses ?? [])]);
  return { dnsNames, ipAddresses };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))];
}
