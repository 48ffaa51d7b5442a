import { spkiFingerprint } from './certificates';

/**
 * Whether a certificate presented by the host is the one this PC pinned: its public key's SHA-256
 * is among the pins. Nothing else is trusted on a certificate error — not the name, not the issuer.
 */
export function matchesPin(certPem: string, pins: readonly string[]): boolean {
  if (pins.length === 0) return false;
  try {
    return pins.includes(spkiFingerprint(certPem));
  } catch {
    return false;
  }
}
