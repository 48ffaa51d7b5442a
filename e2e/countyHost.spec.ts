import { expect, test } from '@playwright/test';
import { testPostgresUrl } from '../main/testing/testDatabase';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

// Several centres on one host: centres of a county database (PostgreSQL, CI's second pass).
test.skip(!testPostgresUrl(), 'a host serves several centres of a county database (PostgreSQL)');

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost({ area: '140828', centre: '夏县综治中心', alsoServe: [{ area: '140828101', centre: '南大里乡综治中心' }] });
});
test.afterEach(async () => {
  await host.stop();
});

test('one county host serves the county centre and a township: the login page picks the centre, and the PC stays with it', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('.login-card')).toContainText('夏县综治中心');
  await page.getByLabel('中心').click();
  await page.getByTitle('南大里乡综治中心').click();
  await expect(page.locator('.login-card h3')).toHaveText('南大里乡综治中心');
  await page.screenshot({ path: 'test-results/screens/login-choose-centre.png' });
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await expect(page.locator('.app-header')).toContainText('南大里乡综治中心');
  // The PC keeps its centre: after a reload, and on the login page after signing out.
  await page.reload();
  await expect(page.locator('.app-header')).toContainText('南大里乡综治中心');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.locator('.login-card h3')).toHaveText('南大里乡综治中心');
});
