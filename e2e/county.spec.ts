import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testPostgresUrl } from '../main/testing/testDatabase';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

const run = promisify(execFile);
const CLUSTER = join(import.meta.dirname, '..', 'scripts', 'pg-cluster.sh');

// A county's server going away is PostgreSQL's; the PostgreSQL pass runs this on a cluster of its
// own, which it stops and starts again while the other tests' server stays up.
test.skip(testPostgresUrl() === null, 'needs PostgreSQL (npm run test:postgres)');

const env = { ...process.env, DESK_PG_DIR: join(tmpdir(), `desk-pg-e2e-${process.pid}`), DESK_PG_PORT: '' };
let host: TestHost;
test.beforeEach(async () => {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => probe.once('listening', r));
  env.DESK_PG_PORT = String((probe.address() as { port: number }).port);
  await new Promise((r) => probe.close(r));
  const server = (await run('bash', [CLUSTER, 'start'], { env })).stdout.trim();
  host = await startTestHost({ postgres: server });
});
test.afterEach(async () => {
  await run('bash', [CLUSTER, 'start'], { env });
  await host.stop();
  await run('bash', [CLUSTER, 'stop'], { env });
  rmSync(env.DESK_PG_DIR, { recursive: true, force: true });
});

test('every window says in red that the county database server is away, keeps what was typed, and clears the line once the server is back', async ({ page }) => {
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await expect(page.getByTestId('live-status')).toContainText('实时');
  await page.getByRole('link', { name: '登记' }).click();
  await page.getByLabel('姓名').first().fill('断线测试');

  await run('bash', [CLUSTER, 'stop'], { env });
  const banner = page.getByTestId('database-banner');
  await expect(banner).toContainText('主机暂时连不上本县的数据库服务器');
  await page.screenshot({ path: 'test-results/screens/county-database-away.png' });
  await expect(page.getByLabel('姓名').first()).toHaveValue('断线测试');

  await run('bash', [CLUSTER, 'start'], { env });
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByLabel('姓名').first()).toHaveValue('断线测试');
});
