import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runDesk, spawnDeskHost } from './testing/deskProcess';
import { databaseUrl, testPostgresUrl } from './testing/testDatabase';
import { tempDir } from './testing/testHost';

function init(dataDir: string, password = 'Hall2026key') {
  return runDesk(['init', '--data-dir', dataDir, '--center', '南大里乡综治中心', '--admin-user', 'admin', '--admin-password', password]);
}

describe('desk init', () => {
  it('creates the database and the first administrator', () => {
    const dir = join(tempDir(), 'centre');
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已创建数据库');
    const db = new Sqlite(join(dir, 'desk.sqlite'), { readonly: true });
    expect(db.prepare('select username, role from user').all()).toEqual([{ username: 'admin', role: 'admin' }]);
    expect(db.prepare('select count(*) as n from station').get()).toEqual({ n: 10 });
    db.close();
  });

  it('refuses to overwrite an existing database', () => {
    const dir = tempDir();
    expect(init(dir).code).toBe(0);
    const before = statSync(join(dir, 'desk.sqlite')).mtimeMs;
    const again = init(dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('数据库已存在');
    expect(statSync(join(dir, 'desk.sqlite')).mtimeMs).toBe(before);
  });

  it('refuses a weak administrator password and leaves no database behind', () => {
    const dir = tempDir();
    const r = init(dir, 'short');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('管理员密码不符合要求：密码至少 10 位');
    expect(existsSync(join(dir, 'desk.sqlite'))).toBe(false);
  });

  it('names a missing option', () => {
    const r = runDesk(['init', '--data-dir', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('缺少参数 --center');
  });
});

describe('desk host', () => {
  it('refuses a data dir that does not exist', async () => {
    await expect(spawnDeskHost(['--data-dir', join(tempDir(), 'missing'), '--port', '0'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('数据目录不存在'),
    });
  });

  it('refuses a database file that is not SQLite and leaves it untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'desk.sqlite');
    writeFileSync(file, 'not a database at all, just some bytes '.repeat(100));
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    await expect(spawnDeskHost(['--data-dir', dir, '--port', '0'])).rejects.toMatchObject({ stderr: expect.stringContaining('不是本程序的数据库') });
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('refuses a port in use', async () => {
    const dir = tempDir();
    init(dir);
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    await expect(spawnDeskHost(['--data-dir', dir, '--port', String(port)])).rejects.toMatchObject({
      stderr: expect.stringContaining(`端口 ${port} 已被占用`),
    });
    blocker.close();
  });

  it('lets only one host own a database, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    init(dir);
    const first = await spawnDeskHost(['--data-dir', dir, '--port', '0']);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${first.url}/health`)).ok).toBe(true);
    await expect(spawnDeskHost(['--data-dir', dir, '--port', '0'])).rejects.toMatchObject({
      stderr: expect.stringContaining('正被另一个受理台主机使用'),
    });
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toContain('主机已停止，数据库已保存');
    // The write-ahead log was checkpointed into the main file.
    const wal = join(dir, 'desk.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    // And the database can be taken over by the next host.
    const second = await spawnDeskHost(['--data-dir', dir, '--port', '0']);
    expect((await second.stop()).code).toBe(0);
  });

  it('stops with one line when the county database cannot be used: a bad address, no server, no such database or centre, data in clear, a bad area code', async () => {
    const dir = tempDir();
    const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);
    const host = (url: string, ...more: string[]) => spawnDeskHost(['--data-dir', dir, '--port', '0', '--database', url, ...more]).then(
      () => expect.unreachable('the host started'),
      (err: { stderr: string }) => err.stderr,
    );
    const wrongScheme = await host('mysql://desk@127.0.0.1/desk');
    expect(wrongScheme).toContain('数据库地址写法不对');
    oneLine(wrongScheme);
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const closed = (blocker.address() as { port: number }).port;
    blocker.close();
    const noServer = await host(`postgres://desk:secret@127.0.0.1:${closed}/desk`);
    expect(noServer).toContain('连不上数据库服务器');
    expect(noServer).not.toContain('secret');
    oneLine(noServer);
    const inClear = await host('postgres://desk@10.255.255.1:5432/desk');
    expect(inClear).toContain('未要求加密连接');
    oneLine(inClear);
    const server = testPostgresUrl();
    if (server) {
      // Only with a server to ask (the PostgreSQL pass): it answers that the database is not there.
      const noDatabase = await host(databaseUrl(server, 'no_such_county'));
      expect(noDatabase).toContain('数据库服务器上没有这个数据库');
      oneLine(noDatabase);
      const noCentre = await host(server, '--area', '140828199');
      expect(noCentre).toContain('没有这个中心（centre_140828199）');
      oneLine(noCentre);
    }
    const badArea = await host('postgres://desk@127.0.0.1/desk', '--area', '1408281');
    expect(badArea).toContain('区划代码写法不对：1408281');
    oneLine(badArea);
    const areaAlone = await spawnDeskHost(['--data-dir', dir, '--port', '0', '--area', '140828101']).then(
      () => expect.unreachable('the host started'),
      (err: { stderr: string }) => err.stderr,
    );
    expect(areaAlone).toContain('--area 只用于县级 PostgreSQL 数据库');
  });

  it('refuses a port that is not a number', async () => {
    const dir = tempDir();
    init(dir);
    await expect(spawnDeskHost(['--data-dir', dir, '--port', 'abc'])).rejects.toMatchObject({ stderr: expect.stringContaining('端口号无效：abc') });
  });
});
