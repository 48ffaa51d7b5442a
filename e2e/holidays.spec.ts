import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { ADMIN, advanceClock, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('a deadline in 2027 is said to be provisional until the admin enters the State Council notice', async ({ browser }) => {
  host = await startTestHost();
  // 2 December 2026: thirty days on is New Year's Day 2027, a year with no notice yet.
  await advanceClock(host, 9 * 24 * 60 * 60 * 1000);
  await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerkToken = await tokenOf(host, 'clerk1', 'Ready12345');
  const matter = (await callApi<{ matters: { id: number; code: string }[] }>(host, clerkToken, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1) }))).matters[0]!;
  const stations = await callApi<{ id: number; name: string }[]>(host, await adminToken(host), 'admin.stations', undefined, 'query');
  const { version } = await callApi<{ version: number }>(host, clerkToken, 'matters.get', { id: matter.id }, 'query');
  await callApi(host, clerkToken, 'flow.act', { matterId: matter.id, version, action: 'refer', stationId: stations.find((s) => s.name === '司法所')!.id, helperStationIds: [], note: '' });

  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await page.goto(`${host.url}/matters/${matter.id}`);
  const deadline = page.getByTestId('deadline');
  // Day 30 is 元旦 (a Friday): the period runs on to Monday 4 January, on holidays computed from the statute.
  await expect(deadline).toContainText('2027年1月4日');
  await expect(deadline.getByText('暂定')).toBeVisible();

  await page.goto(`${host.url}/settings?tab=holidays`);
  const year2027 = page.getByTestId('holiday-year-2027');
  await expect(year2027).toContainText('暂按法定节假日推算');
  await expect(year2027).toContainText('春节 2月5日—2月8日');
  await expect(page.getByTestId('holiday-year-2026')).toContainText('已内置国务院放假通知');
  await page.screenshot({ path: 'test-results/screens/holidays.png' });

  // The notice (as this test imagines it) adds Monday 4 January to the New Year holiday.
  await year2027.getByRole('button', { name: '录入放假通知' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('录入 2027 年放假通知');
  // A many-day picker has no text box to type into: the days are clicked on its calendar.
  await dialog.locator('.ant-form-item', { hasText: '放假日期' }).locator('.ant-picker').click();
  await page.locator('.ant-picker-dropdown:visible td[title="2027-01-04"]').click();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'test-results/screens/holidays-enter.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.ant-message-notice', { hasText: '1 件未结事项的期限已重新计算' })).toBeVisible();
  await expect(year2027).toContainText('已录入放假通知');
  await expect(year2027).toContainText('1月4日');

  await page.goto(`${host.url}/matters/${matter.id}`);
  await expect(deadline).toContainText('2027年1月5日');
  await expect(deadline.getByText('暂定')).toHaveCount(0);
});
