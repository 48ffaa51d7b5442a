import { expect, test } from '@playwright/test';
import { ADMIN, advanceClock, CENTRE, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('first login shows the centre, the counter and the navigation', async ({ page }) => {
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员（管理员）');
  await expect(page.locator('.app-header')).toContainText(CENTRE);
  await expect(page.getByTestId('header-counter')).toHaveText(/1号窗口/);
  const nav = page.getByRole('menu');
  for (const item of ['登记', '事项', '打印', '日结', '统计', '设置']) await expect(nav.getByRole('link', { name: item })).toBeVisible();
  await expect(page.getByText('来访登记')).toBeVisible();
  await page.getByRole('link', { name: '日结' }).click();
  await expect(page.getByText(/日结 · 1号窗口 · \d{4}年/)).toBeVisible();
  // The session survives a reload.
  await page.reload();
  await expectSignedIn(page, '系统管理员');
});

test('a wrong password is refused with a Chinese message', async ({ page }) => {
  await logIn(page, host.url, ADMIN.username, 'not-the-password1');
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确，请重新输入。');
  await expect(page.getByLabel('用户名')).toHaveValue(ADMIN.username);
});

test('an expired session returns to the login page and says why', async ({ page }) => {
  await logIn(page, host.url, ADMIN.username, ADMIN.password);
  await expectSignedIn(page, '系统管理员');
  await advanceClock(host, 3 * 60 * 60 * 1000);
  // The next call to the host (here the reload) finds the session over.
  await page.reload();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText(/登录已超时，请重新登录/)).toBeVisible();
  await logIn(page, host.url, ADMIN.username, ADMIN.password);
  await expectSignedIn(page, '系统管理员');
});

test('a clerk may not open 设置', async ({ page }) => {
  // The administrator creates the clerk in the interface.
  await logIn(page, host.url, ADMIN.username, ADMIN.password);
  // Signed in and on the first page before going on: a click during the redirect after sign-in is lost.
  await expectSignedIn(page, '系统管理员');
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page).toHaveURL(/\/settings/);
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名').fill('wangli');
  await dialog.getByLabel('姓名').fill('王丽');
  await dialog.getByLabel('初始密码').fill('Start12345');
  await dialog.getByLabel('初始密码').press('Enter');
  await expect(page.getByRole('cell', { name: '王丽' })).toBeVisible();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The clerk signs in, must replace the initial password, and never sees 设置.
  await logIn(page, host.url, 'wangli', 'Start12345', '2号窗口');
  await expect(page.getByText('您正在使用管理员设置的初始密码')).toBeVisible();
  await page.getByLabel('原密码').fill('Start12345');
  await page.getByLabel('新密码', { exact: true }).fill('Mine567890');
  await page.getByLabel('再次输入新密码').fill('Mine567890');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('来访登记')).toBeVisible();
  await expect(page.getByTestId('header-user')).toContainText('王丽（受理员）');
  await expect(page.getByRole('menu').getByRole('link', { name: '设置' })).toHaveCount(0);
  await page.goto(`${host.url}/settings`);
  await expect(page.getByText('您的角色无权打开此页面。')).toBeVisible();
});
