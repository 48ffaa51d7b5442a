import { describe, expect, it } from 'vitest';
import { TERMINAL_HEADER } from '../domain/terminalGate';
import { createCentreCa, issueHostCertificate, spkiFingerprint } from '../tls/certificates';
import { certificateVerdict, fromOrigin, mayNavigate, withTerminalToken } from './trust';

const ORIGIN = 'https://192.168.1.10:5170';

describe('the shell’s trust decisions', () => {
  it('answers IPC and lets the window go only within the host’s origin', () => {
    expect(fromOrigin('https://192.168.1.10:5170/register', ORIGIN)).toBe(true);
    expect(fromOrigin('https://192.168.1.10:5171/', ORIGIN)).toBe(false);
    expect(fromOrigin('http://192.168.1.10:5170/', ORIGIN)).toBe(false);
    expect(fromOrigin(undefined, ORIGIN)).toBe(false);
    expect(fromOrigin('not a url', ORIGIN)).toBe(false);
    expect(mayNavigate('https://192.168.1.10:5170/matters/3', ORIGIN)).toBe(true);
    expect(mayNavigate('https://evil.example/', ORIGIN)).toBe(false);
    expect(mayNavigate('file:///etc/passwd', ORIGIN)).toBe(false);
  });

  it('trusts the pinned key at the host’s name, and no other certificate anywhere', async () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const ca = await createCentreCa('南大里乡综治中心', now);
    const host = await issueHostCertificate(ca, { dnsNames: ['localhost'], ipAddresses: ['192.168.1.10', 'fd00::2'] }, now);
    // Same CA, same names, another key: what a stolen CA key or a rogue system CA could make.
    const twin = await issueHostCertificate(ca, { dnsNames: ['localhost'], ipAddresses: ['192.168.1.10'] }, now);
    const pins = [spkiFingerprint(host.certPem)];
    expect(certificateVerdict('192.168.1.10', host.certPem, { origin: ORIGIN, pins })).toBe(0);
    expect(certificateVerdict('192.168.1.10', twin.certPem, { origin: ORIGIN, pins })).toBe(-2);
    expect(certificateVerdict('update.example.com', host.certPem, { origin: ORIGIN, pins })).toBe(-2);
    expect(certificateVerdict('fd00::2', host.certPem, { origin: 'https://[fd00::2]:5170', pins })).toBe(0);
    expect(certificateVerdict('192.168.1.10', host.certPem, { origin: ORIGIN, pins: [] })).toBe(-2);
  });

  it('sends the terminal token to its host only', () => {
    expect(withTerminalToken(`${ORIGIN}/api/auth.me`, { accept: '*/*' }, ORIGIN, 'tok')).toEqual({ accept: '*/*', [TERMINAL_HEADER]: 'tok' });
    expect(withTerminalToken('https://elsewhere.example/x', {}, ORIGIN, 'tok')).toEqual({});
    expect(withTerminalToken(`${ORIGIN}/`, {}, ORIGIN, null)).toEqual({});
  });
});
