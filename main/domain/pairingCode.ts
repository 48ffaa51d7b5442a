import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * A pairing code is what the admin reads off 设置 and a clerk types on a new terminal: eight
 * characters, `K7P3-MX9Q`. It proves both sides to each other without a trusted certificate yet:
 *
 * - the first four (the secret) are sent by the terminal to the host, which knows the terminal is
 *   one the admin chose to let in;
 * - the last four (the check) are an HMAC, keyed by the secret, of the host certificate's public
 *   key. The terminal computes them from the certificate it was shown *before* sending anything; a
 *   machine in the middle with another key does not know the secret, so it cannot make its key fit
 *   the check (one chance in a million), and it never learns the secret because the terminal stops.
 *
 * The secret alone is short; what keeps it from being guessed is the host: a code lives a few
 * minutes, is used once, and dies after a few wrong tries.
 */

/** No 0/O, 1/I/L: read aloud or off a screen, nothing is mistaken. */
export const PAIRING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PART = 4;
/** How long a shown code may be used. */
export const PAIRING_MINUTES = 5;
/** Wrong secrets a code survives before it is void and the admin must show a new one. */
export const PAIRING_TRIES = 5;

export interface PairingCode {
  secret: string;
  check: string;
}

export function newPairingSecret(): string {
  return Array.from({ length: PART }, () => PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)]).join('');
}

/** The check for a secret and the host's SPKI fingerprint (base64 SHA-256), in the code's alphabet. */
export function pairingCheck(secret: string, spkiFingerprint: string): string {
  const mac = createHmac('sha256', secret).update(spkiFingerprint).digest();
  return Array.from(mac.subarray(0, PART), (byte) => PAIRING_ALPHABET[byte % PAIRING_ALPHABET.length]).join('');
}

export function formatPairingCode(code: PairingCode): string {
  return `${code.secret}-${code.check}`;
}

/** Reads a typed code: any case, spaces or dashes anywhere; null when it cannot be one. */
export function parsePairingCode(text: string): PairingCode | null {
  const plain = text.toUpperCase().replace(/[\s\-－—]/g, '');
  if (plain.length !== PART * 2 || [...plain].some((c) => !PAIRING_ALPHABET.includes(c))) return null;
  return { secret: plain.slice(0, PART), check: plain.slice(PART) };
}

/** Whether the certificate a terminal was shown is the one the admin's code was made for. */
export function checkFitsHost(code: PairingCode, spkiFingerprint: string): boolean {
  const expected = Buffer.from(pairingCheck(code.secret, spkiFingerprint));
  const given = Buffer.from(code.check);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

