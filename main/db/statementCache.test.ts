import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from './statementCache';

describe('cachingStatements', () => {
  let sqlite: Sqlite.Database;
  afterEach(() => sqlite.close());
  const open = () => {
    sqlite = new Sqlite(':memory:');
    sqlite.exec('create table t (id integer primary key, name text); insert into t (name) values (\'甲\'), (\'乙\'), (\'丙\');');
    return cachingStatements(sqlite, 2);
  };

  it('hands out the same prepared statement for the same SQL, with each call’s own parameters', () => {
    const db = open();
    const first = db.prepare('select name from t where id = ?');
    expect(db.prepare('select name from t where id = ?')).toBe(first);
    expect(first.all([1])).toEqual([{ name: '甲' }]);
    expect(db.prepare('select name from t where id = ?').all([3])).toEqual([{ name: '丙' }]);
  });

  it('gives a statement still being iterated to nobody else', () => {
    const db = open();
    const streaming = db.prepare('select name from t order by id');
    const rows = streaming.iterate([]);
    expect((rows.next().value as { name: string }).name).toBe('甲');
    const other = db.prepare('select name from t order by id');
    expect(other).not.toBe(streaming);
    expect(other.all([])).toHaveLength(3);
    expect([...rows].map((r) => (r as { name: string }).name)).toEqual(['乙', '丙']);
    expect(db.prepare('select name from t order by id')).toBe(streaming);
  });

  it('keeps only the most recently used statements', () => {
    const db = open();
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now the most recent
    db.prepare('select 3'); // evicts b
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('sees a migrated schema through a kept statement', () => {
    const db = open();
    const all = db.prepare('select * from t where id = ?');
    expect(all.all([1])).toEqual([{ id: 1, name: '甲' }]);
    sqlite.exec("alter table t add column phone text not null default ''");
    expect(db.prepare('select * from t where id = ?').all([1])).toEqual([{ id: 1, name: '甲', phone: '' }]);
  });
});
