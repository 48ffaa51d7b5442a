import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from './auditChain';
import { AdjustableClock } from './clock';
import { LoginThrottle, WINDOW_MS } from './loginThrottle';
import { hashPassword, verifyPassword } from './password';
import { isSessionExpired, SESSION_IDLE_MS, SESSION_MAX_MS, sessionExpiresAt } from './sessionPolicy';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Abc12345');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Abc12345', stored)).toBe(true);
    expect(await verifyPassword('abc12345', stored)).toBe(false);
    expect(await verifyPassword('Abc12345', 'garbage')).toBe(false);
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
  it('locks a key after too many failures, for the rest of the window', () => {
    const clock = new AdjustableClock();
    const throttle = new LoginThrottle(clock, 3);
    for (let i = 0; i < 2; i++) throttle.fail('zhang');
    expect(throttle.lockedMinutes('zhang')).toBe(0);
    throttle.fail('zhang');
    expect(throttle.lockedMinutes('zhang')).toBe(15);
    expect(throttle.lockedMinutes('li')).toBe(0);
    clock.advance(WINDOW_MS + 1);
    expect(throttle.lockedMinutes('zhang')).toBe(0);
  });

  it('forgives on success', () => {
    const throttle = new LoginThrottle(new AdjustableClock(), 2);
    throttle.fail('a');
    throttle.succeed('a');
    throttle.fail('a');
    expect(throttle.lockedMinutes('a')).toBe(0);
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
