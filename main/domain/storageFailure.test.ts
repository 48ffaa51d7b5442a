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

  it('leaves every other error to be what it is', () => {
    expect(storageFailure(new Error('boom'))).toBeNull();
    expect(storageFailure(coded('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(null)).toBeNull();
  });
});
