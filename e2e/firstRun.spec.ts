import { expect, test, type Page } from '@playwright/test';
import { createUser } from './api';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('a new centre: the admin signs in from the keyboard alone and is led through the setup checklist', async ({ page }) => {
  host = await startTestHost({ newCentre: true });
  await page.goto(host.url);
  const k = page.keyboard;
  await expect(page.getByLabel('用户名')).toBeFocused();
  // The page has heard from the host (its version shows) and so knows the counters.
  await expect(page.getByText(/^版本 /)).toBeVisible();
  await k.type(ADMIN.username);
  await k.press('Tab');
  await expect(page.getByLabel('密码')).toBeFocused();
  await k.type(ADMIN.password);
  await k.press('Tab');
  await expect(page.getByLabel('窗口')).toBeFocused();
  // Down opens the list, Enter takes the counter, Enter again signs in.
  await k.press('ArrowDown');
  await expect(page.locator('.ant-select-dropdown:visible')).toBeVisible();
  await k.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await k.press('Enter');
  await expectSignedIn(page, '系统管理员');

  const checklist = page.getByTestId('setup-checklist');
  await expect(checklist).toContainText('中心信息');
  await expect(checklist).toContainText('待办：填写回执上的查询电话');
  await expect(checklist).toContainText('已预置 10 个入驻单位');
  await expect(checklist).toContainText('为受理员、承办人、负责人建账号');
  await page.screenshot({ path: 'test-results/screens/setup-checklist.png' });

  // Each step is one click away, and creating users explains each role.
  await checklist.getByRole('listitem').filter({ hasText: '用户账号' }).getByRole('button', { name: '去设置' }).click();
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('窗口工作人员：登记来访');
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('tab', { name: '开始使用' }).click();
  await page.getByRole('button', { name: '设置完成，开始使用' }).click();
  await expect(checklist).toContainText('中心设置已完成');
  await page.goto(host.url);
  await expect(page.getByLabel('姓名')).toBeFocused();

  // Next morning: the PC remembers its counter. The list's clear button, shown only under the mouse,
  // is no Tab stop, and Enter on the closed list signs in.
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByLabel('用户名')).toBeFocused();
  await k.type(ADMIN.username);
  await k.press('Tab');
  await k.type(ADMIN.password);
  await k.press('Tab');
  await expect(page.getByLabel('窗口')).toBeFocused();
  await k.press('Tab');
  await expect(page.getByRole('button', { name: '登录' })).toBeFocused();
  await k.press('Shift+Tab');
  await k.press('Enter');
  await expect(page.getByLabel('姓名')).toBeFocused();
  await expect(page.getByTestId('header-counter')).toContainText('1号窗口');
});

test('a supervisor signed in without a counter reaches 日结 and picks a counter from the header', async ({ page }) => {
  host = await startTestHost();
  await createUser(host, 'boss1', '周主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', 'Ready12345');
  await expectSignedIn(page, '周主任');
  await page.getByRole('link', { name: '日结' }).click();
  await expect(page.getByText(/日结 · 1号窗口 · /)).toBeVisible();

  await page.getByLabel('切换窗口').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('2号窗口', { exact: true }).click();
  await expect(page.getByText('已切换到2号窗口')).toBeVisible();
  await expect(page.getByTestId('header-counter')).toContainText('2号窗口');
  await page.getByRole('link', { name: '登记' }).click();
  await expect(page.getByLabel('姓名')).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/register-1366.png' });
});

/** The screen-reader labels on the page that have no Chinese in them. */
async function labelsWithoutChinese(page: Page): Promise<string[]> {
  const labels = await Promise.all((await page.locator('[aria-label]:not([aria-hidden="true"])').all()).map((el) => el.getAttribute('aria-label')));
  return labels.filter((l): l is string => l !== null && !/[\u3400-\u9fff]/.test(l));
}

test('what a screen reader says is Chinese on every page a clerk uses', async ({ page }) => {
  host = await startTestHost();
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  for (const path of ['/register', '/matters', '/print', '/day-close', '/settings?tab=counters']) {
    await page.goto(`${host.url}${path}`);
    await expect(page.getByRole('navigation', { name: '主导航' }).or(page.getByLabel('主导航'))).toBeVisible();
    // Icons and controls that antd names in English are named in Chinese or hidden as decoration.
    await expect.poll(() => labelsWithoutChinese(page)).toEqual([]);
  }
});
