import { expect, test } from '@playwright/test';
import { privateCluster, testPostgresUrl, type PrivateCluster } from '../main/testing/testDatabase';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

// A county's server going away is PostgreSQL's; the PostgreSQL pass runs this on a cluster of its
// own, which it stops and starts again while the other tests' server stays up.
test.skip(testPostgresUrl() === null, 'needs PostgreSQL (npm run test:postgres)');

let cluster: PrivateCluster;
let host: TestHost;
test.beforeEach(async () => {
  cluster = await privateCluster('e2e');
  host = await startTestHost({ postgres: await cluster.start() });
});
test.afterEach(async () => {
  // Up again (a failed test may have left it stopped), so the host's database can be dropped.
  await cluster.start();
  await host.stop();
  await cluster.remove();
});

test('every window says in red that the county database server is away, keeps what was typed, and clears the line once the server is back', async ({ page }) => {
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await expect(page.getByTestId('live-status')).toContainText('实时');
  await page.getByRole('link', { name: '登记' }).click();
  await page.getByLabel('姓名').first().fill('断线测试');

  await cluster.stop();
  const banner = page.getByTestId('database-banner');
  await expect(banner).toContainText('主机暂时连不上本县的数据库服务器');
  await page.screenshot({ path: 'test-results/screens/county-database-away.png' });
  await expect(page.getByLabel('姓名').first()).toHaveValue('断线测试');

  await cluster.start();
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByLabel('姓名').first()).toHaveValue('断线测试');
});
