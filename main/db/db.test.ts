import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/testHost';
import { closeDatabase, openDatabase, type OpenSqlite } from './connection';
import { checkDataDir, dataDirPaths } from './dataDir';
import { HostStartError } from './hostError';
import { LATEST_SCHEMA_VERSION, migrateToLatest } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { upgradeIdNumber15 } from '../../shared/identity/idNumber';

const opened: OpenSqlite[] = [];
function open(file: string, dir = tempDir()): OpenSqlite {
  const db = openDatabase(file, dir);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) if (db.sqlite.open) await closeDatabase(db);
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('opening the database', () => {
  it('sets WAL, full sync and foreign keys', () => {
    const db = open(join(tempDir(), 'a.sqlite'));
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = join(tempDir(), 'desk.sqlite');
    writeFileSync(file, 'these are not the bytes of a database'.repeat(200));
    const before = sha(file);
    expect(() => open(file)).toThrow(/已损坏，或不是本程序的数据库/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a second owner of the same file', () => {
    const dir = tempDir();
    const file = join(dir, 'desk.sqlite');
    open(file, dir);
    expect(() => openDatabase(file, dir)).toThrow(/正被另一个受理台主机使用/);
  });
});

describe('migrations', () => {
  it('brings a new database to the latest version', async () => {
    const dir = tempDir();
    const db = open(join(dir, 'desk.sqlite'));
    const result = await migrateToLatest(db, join(dir, 'backups'), new Date());
    expect(result).toEqual({ schemaVersion: LATEST_SCHEMA_VERSION, backupFile: null });
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db.db);
    expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['audit_log', 'counter', 'session', 'setting', 'station', 'user']));
  });

  const first = { up: async (db: Kysely<unknown>) => void (await sql`create table a (x integer)`.execute(db)) };
  const second = { up: async (db: Kysely<unknown>) => void (await sql`create table b (y integer)`.execute(db)) };
  const broken = {
    up: async (db: Kysely<unknown>) => {
      await sql`create table c (z integer)`.execute(db);
      await sql`this is not sql`.execute(db);
    },
  };

  it('backs the file up before migrating an existing database', async () => {
    const dir = tempDir();
    const db = open(join(dir, 'desk.sqlite'));
    await migrateToLatest(db, join(dir, 'backups'), new Date(), [['0001_a', first]]);
    const result = await migrateToLatest(db, join(dir, 'backups'), new Date('2026-11-27T03:00:00Z'), [['0001_a', first], ['0002_b', second]]);
    expect(result.schemaVersion).toBe(2);
    expect(result.backupFile).toBe(join(dir, 'backups', 'before-0002_b-2026-11-27T11-00-00.sqlite'));
    expect(existsSync(result.backupFile!)).toBe(true);
  });

  it('rolls a failed migration back whole and says where the backup is', async () => {
    const dir = tempDir();
    const db = open(join(dir, 'desk.sqlite'));
    await migrateToLatest(db, join(dir, 'backups'), new Date(), [['0001_a', first]]);
    await expect(migrateToLatest(db, join(dir, 'backups'), new Date(), [['0001_a', first], ['0002_c', broken]])).rejects.toThrow(/数据库升级失败：0002_c.*备份在/);
    const c = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'c'`.execute(db.db);
    expect(c.rows[0]!.n).toBe(0);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });

  it('refuses a database written by a newer program', async () => {
    const dir = tempDir();
    const db = open(join(dir, 'desk.sqlite'));
    await migrateToLatest(db, join(dir, 'backups'), new Date(), [['0001_a', first], ['0002_b', second]]);
    await expect(migrateToLatest(db, join(dir, 'backups'), new Date(), [['0001_a', first]])).rejects.toThrow(/更新版本的程序创建/);
  });
});

describe('the data dir', () => {
  it('must exist for the host', () => {
    expect(() => checkDataDir(dataDirPaths(join(tempDir(), 'nope')), false)).toThrow(/数据目录不存在/);
  });

  it('must be a directory', () => {
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, '');
    expect(() => checkDataDir(dataDirPaths(file), false)).toThrow(/指向的是一个文件/);
  });

  it('must be writable', () => {
    // Root ignores permission bits, so as root use a directory of the read-only /proc file system.
    let dir = '/proc/1';
    if (process.getuid?.() !== 0) {
      dir = tempDir();
      mkdirSync(join(dir, 'ro'), { mode: 0o555 });
      dir = join(dir, 'ro');
    }
    expect(() => checkDataDir(dataDirPaths(dir), false)).toThrow(HostStartError);
    expect(() => checkDataDir(dataDirPaths(dir), false)).toThrow(/数据目录无法写入/);
  });

  it('is created by init when missing', () => {
    const dir = join(tempDir(), 'new', 'nested');
    checkDataDir(dataDirPaths(dir), true);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('migration 0015', () => {
  it('keeps old 15-digit numbers in their 18-digit form, unless another record already holds it', async () => {
    const db = open(join(tempDir(), 'desk.sqlite'));
    const upTo14 = MIGRATIONS.slice(0, MIGRATIONS.findIndex(([name]) => name === '0015_id_numbers_18'));
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date(), upTo14);
    const add = (name: string, id: string) =>
      sql`insert into visitor (name, name_pinyin, name_initials, id_type, id_number, no_id_reason, phone, address_text, visit_count, last_visit_at, created_at, updated_at)
          values (${name}, '', '', 'resident', ${id}, '', '', '', 1, '', '', '')`.execute(db.db);
    await add('甲', '140828620304121');
    await add('乙', '140828700101002');
    await add('乙', upgradeIdNumber15('140828700101002'));
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date());
    const rows = await sql<{ name: string; id_number: string }>`select name, id_number from visitor order by id`.execute(db.db);
    expect(rows.rows.map((r) => r.id_number)).toEqual([upgradeIdNumber15('140828620304121'), '140828700101002', upgradeIdNumber15('140828700101002')]);
  });
});

describe('migration 0016', () => {
  it("gives each category the centre's old basis (信访 always calendar days) and drops the centre-wide setting", async () => {
    const db = open(join(tempDir(), 'desk.sqlite'));
    const upTo15 = MIGRATIONS.slice(0, MIGRATIONS.findIndex(([name]) => name === '0016_time_limits'));
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date(), upTo15);
    await sql`insert into setting (key, value) values ('flow.day_basis', '"working"')`.execute(db.db);
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date());
    const bases = await sql<{ kind: string; limit_basis: string }>`select distinct kind, limit_basis from category order by kind`.execute(db.db);
    expect(bases.rows).toContainEqual({ kind: 'petition', limit_basis: 'calendar' });
    expect(bases.rows).toContainEqual({ kind: 'dispute', limit_basis: 'working' });
    expect(bases.rows.filter((r) => r.limit_basis === 'calendar').map((r) => r.kind)).toEqual(['petition']);
    const left = await sql<{ n: number }>`select count(*) as n from setting where key = 'flow.day_basis'`.execute(db.db);
    expect(Number(left.rows[0]!.n)).toBe(0);
  });
});

describe('migration 0022', () => {
  it('lets a 网格员 sign in: the user table is made again with its rows, indexes and the keys that point at it', async () => {
    const db = open(join(tempDir(), 'desk.sqlite'));
    const upTo21 = MIGRATIONS.slice(0, MIGRATIONS.findIndex(([name]) => name === '0022_grid_reports'));
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date(), upTo21);
    await sql`insert into user (username, display_name, password_hash, role, station_id, active, must_change_password, created_at, updated_at)
              values ('li', '李', 'x', 'clerk', null, 1, 0, '', '')`.execute(db.db);
    await sql`insert into session (token_hash, user_id, counter_id, created_at, last_seen_at) values ('t', 1, null, '', '')`.execute(db.db);
    await expect(sql`insert into user (username, display_name, password_hash, role, station_id, active, must_change_password, created_at, updated_at)
              values ('wang', '王', 'x', 'grid', null, 1, 0, '', '')`.execute(db.db)).rejects.toThrow(/CHECK/);
    await migrateToLatest(db, join(tempDir(), 'backups'), new Date());
    await sql`insert into user (username, display_name, password_hash, role, station_id, active, must_change_password, created_at, updated_at)
              values ('wang', '王', 'x', 'grid', null, 1, 0, '', '')`.execute(db.db);
    await expect(sql`insert into user (username, display_name, password_hash, role, station_id, active, must_change_password, created_at, updated_at)
              values ('li', '重名', 'x', 'clerk', null, 1, 0, '', '')`.execute(db.db)).rejects.toThrow(/UNIQUE/);
    await expect(sql`insert into user (username, display_name, password_hash, role, station_id, active, must_change_password, created_at, updated_at)
              values ('zhao', '赵', 'x', 'janitor', null, 1, 0, '', '')`.execute(db.db)).rejects.toThrow(/CHECK/);
    const sessions = await sql<{ user_id: number }>`select user_id from session`.execute(db.db);
    expect(sessions.rows).toEqual([{ user_id: 1 }]);
    expect((await sql`pragma foreign_key_check`.execute(db.db)).rows).toEqual([]);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
