import { describe, expect, it } from 'vitest';
import { storageFailure } from './storageFailure';

const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('storageFailure', () => {
  it('knows a full disk, a read-only one and failing I/O, however deep the cause', () => {
    expect(storageFailure(coded('SQLITE_FULL'))).toBe('full');
    expect(storageFailure(coded('ENOSPC'))).toBe('full');
    expect(storageFailure(new Error('wrapped', { cause: coded('EROFS') }))).toBe('read_only');
    expect(storageFailure(coded('SQLITE_READONLY_DBMOVED'))).toBe('read_only');
    expect(storageFailure(coded('SQLITE_IOERR_WRITE'))).toBe('io');
  });

  it('knows a county database server gone: refused, cut, shutting down, or the pool waiting in vain', () => {
    expect(storageFailure(coded('ECONNREFUSED'))).toBe('server');
    expect(storageFailure(coded('57P01'))).toBe('server');
    expect(storageFailure(coded('08006'))).toBe('server');
    expect(storageFailure(new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }))).toBe('server');
    expect(storageFailure(new Error('timeout exceeded when trying to connect'))).toBe('server');
  });

  it('leaves every other error to be what it is', () => {
    expect(storageFailure(coded('23505'))).toBeNull();
    expect(storageFailure(new Error('boom'))).toBeNull();
    expect(storageFailure(coded('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(null)).toBeNull();
  });
});
