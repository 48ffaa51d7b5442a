import { describe, expect, it } from 'vitest';
import { checkFitsHost, formatPairingCode, newPairingSecret, PAIRING_ALPHABET, pairingCheck, parsePairingCode } from './pairingCode';

const PIN = 'q1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnmQWERTY=';

describe('pairing codes', () => {
  it('are eight characters of an alphabet without look-alikes, read back however they are typed', () => {
    expect(PAIRING_ALPHABET).not.toMatch(/[01ILO]/);
    const secret = newPairingSecret();
    const code = formatPairingCode({ secret, check: pairingCheck(secret, PIN) });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(parsePairingCode(code.toLowerCase())).toEqual(parsePairingCode(code));
    expect(parsePairingCode(` ${code.replace('-', ' － ')} `)).toEqual({ secret, check: code.slice(5) });
    expect(parsePairingCode('K7P3-MX9')).toBeNull();
    expect(parsePairingCode('K7P3-MX9O')).toBeNull();
  });

  it('fit one host key only: the check changes with the key and with the secret', () => {
    const secret = 'K7P3';
    const code = { secret, check: pairingCheck(secret, PIN) };
    expect(checkFitsHost(code, PIN)).toBe(true);
    expect(checkFitsHost(code, PIN.replace('q', 'Q'))).toBe(false);
    expect(pairingCheck('K7P4', PIN)).not.toBe(code.check);
  });
});
