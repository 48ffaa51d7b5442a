import { describe, expect, it } from 'vitest';
import { sendsInClear } from './databaseUrl';

describe('sendsInClear', () => {
  it('refuses a server across the network without TLS', () => {
    expect(sendsInClear('postgres://desk:pw@10.1.2.3:5432/desk')).toBe(true);
    expect(sendsInClear('postgres://desk:pw@db.county/desk?sslmode=prefer')).toBe(true);
    expect(sendsInClear('postgres://desk:pw@db.county/desk?sslmode=disable')).toBe(true);
  });

  it('lets TLS through, and this PC itself or its Unix socket', () => {
    expect(sendsInClear('postgres://desk:pw@db.county/desk?sslmode=verify-full')).toBe(false);
    expect(sendsInClear('postgres://desk:pw@10.1.2.3/desk?sslmode=require')).toBe(false);
    expect(sendsInClear('postgres://desk@127.0.0.1:55432/desk')).toBe(false);
    expect(sendsInClear('postgres://desk@localhost/desk')).toBe(false);
    expect(sendsInClear('postgres://desk@[::1]/desk')).toBe(false);
    expect(sendsInClear('postgresql:///desk?host=/var/run/postgresql')).toBe(false);
  });
});
