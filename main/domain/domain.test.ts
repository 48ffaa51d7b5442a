import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from './auditChain';
import { lockedMinutes, WINDOW_MS } from './loginThrottle';
import { scrypt } from 'node:crypto';
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from './password';

function scryptOld(password: string): Promise<string> {
  return new Promise((resolve, reject) => scrypt(password, Buffer.alloc(16), 32, { N: 16384, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key.toString('base64')))));
}
import { isSessionExpired, SESSION_IDLE_MS, SESSION_MAX_MS, sessionExpiresAt } from './sessionPolicy';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Abc12345');
    expect(stored).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword('Abc12345', stored)).toBe(true);
    expect(await verifyPassword('abc12345', stored)).toBe(false);
    expect(await verifyPassword('Abc12345', 'garbage')).toBe(false);
  });

  it('still reads an older, weaker hash and asks for it to be replaced', async () => {
    // Made with the settings before OWASP's (N=2^14, p=1), as databases of earlier versions hold them.
    const old = 'scrypt$16384$8$1$' + 'AAAAAAAAAAAAAAAAAAAAAA==' + '$' + (await scryptOld('Abc12345'));
    expect(await verifyPassword('Abc12345', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it('takes the same work for a user name that does not exist', async () => {
    expect(await verifyAgainstDecoy('whatever1')).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('Abc12345')).not.toBe(await hashPassword('Abc12345'));
  });
});

describe('session policy', () => {
  const start = new Date('2026-11-27T01:00:00Z');

  it('expires after the idle spell', () => {
    const s = { createdAt: start, lastSeenAt: start };
    expect(isSessionExpired(s, new Date(start.getTime() + SESSION_IDLE_MS - 1))).toBe(false);
    expect(isSessionExpired(s, new Date(start.getTime() + SESSION_IDLE_MS))).toBe(true);
  });

  it('expires after one long day however active', () => {
    const lastSeenAt = new Date(start.getTime() + SESSION_MAX_MS - 1000);
    expect(sessionExpiresAt({ createdAt: start, lastSeenAt }).getTime()).toBe(start.getTime() + SESSION_MAX_MS);
  });
});

describe('login throttle', () => {
  it('locks a key after too many attempts, for the rest of the window', () => {
    const now = 1_000_000_000_000;
    expect(lockedMinutes([now - 1000, now - 500], now, 3)).toBe(0);
    expect(lockedMinutes([now - 1000, now - 500, now], now, 3)).toBe(15);
    expect(lockedMinutes([now - WINDOW_MS - 1, now - 500, now], now, 3)).toBe(0);
    // The wait runs from the oldest attempt that still counts.
    expect(lockedMinutes([now - 10 * 60_000, now - 500, now], now, 3)).toBe(5);
  });
});

describe('audit chain hash', () => {
  const entry = { at: '2026-11-27T01:00:00.000Z', actorId: 1, action: 'user.create', entity: 'user', entityId: '2', detail: '{}' };

  it('depends on the previous hash and on every field', () => {
    const h = auditHash(GENESIS_HASH, entry);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash('1'.repeat(64), entry)).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...entry, detail: '{"x":1}' })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...entry })).toBe(h);
  });
});
