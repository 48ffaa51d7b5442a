import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureTestQueue, TEST_QUEUE } from '../main/testing/cupsQueue';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi } from './api';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn, modalReady, typeDay } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('register → print the receipt → reprint → void with a reason, all on the 打印 page', async ({ page, context }) => {
  const token = await adminToken(host);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1) }));
  const matter = visit.matters[0]!;
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await page.goto(`${host.url}/matters/${matter.id}`);

  // The receipt opens in a tab of its own, for the browser's print dialog.
  const receiptTab = context.waitForEvent('page');
  await page.getByRole('button', { name: '打印回执' }).click();
  await receiptTab;
  await expect(page.getByText(/回执 HZ\d{4}-000001 已生成/)).toBeVisible();

  await page.getByRole('link', { name: '打印' }).click();
  const table = page.getByTestId('todays-documents');
  const row = table.getByRole('row', { name: /HZ\d{4}-000001/ });
  await expect(row).toContainText(matter.code);
  await expect(row).toContainText('1 次');

  const reprintTab = context.waitForEvent('page');
  await row.getByRole('button', { name: '补打' }).click();
  await reprintTab;
  await expect(row).toContainText('2 次（补打 1 次）');

  // 另存为 PDF: the kept file, as first printed.
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: '另存为 PDF' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^受理回执HZ\d{4}-000001\.pdf$/);
  expect(readFileSync((await saved.path())!).subarray(0, 5).toString()).toBe('%PDF-');

  await row.getByRole('button', { name: '作废' }).click();
  const dialog = page.getByRole('dialog', { name: /作废 HZ/ });
  // The modal has finished opening before its button is pressed.
  await modalReady(dialog, '作废原因');
  await dialog.getByRole('button', { name: '确定作废' }).click();
  await expect(dialog.getByText('请填写作废原因')).toBeVisible();
  await dialog.getByLabel('作废原因').fill('卡纸，回执残缺');
  await dialog.getByRole('button', { name: '确定作废' }).click();
  await expect(row).toContainText('已作废：卡纸，回执残缺');
  await expect(row.getByRole('button', { name: '补打' })).toHaveCount(0);

  // An earlier day's papers are a date away.
  await typeDay(page, '文书日期', '2026-01-05');
  await expect(table).toContainText('这一天没有文书');
  await expect(page.getByText('2026年1月5日的文书')).toBeVisible();
});

test("the counter's receipt printer: chosen in 设置, printed silently, and a stopped printer leaves the receipt waiting", async ({ page }) => {
  ensureTestQueue();
  const token = await adminToken(host);
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');

  // 设置 · 窗口 lists the system's printers.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('tab', { name: '窗口' }).click();
  await page.getByRole('row', { name: /1号窗口/ }).getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('回执打印机').click();
  await page.getByTitle(TEST_QUEUE).click();
  await page.screenshot({ path: 'test-results/screens/settings-counter-printers.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('row', { name: /1号窗口/ })).toContainText(TEST_QUEUE);

  const visit = await callApi<{ matters: { id: number }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1) }));
  await page.goto(`${host.url}/matters/${visit.matters[0]!.id}`);
  await page.getByRole('button', { name: '打印回执' }).click();
  await expect(page.getByText(`已送打印机“${TEST_QUEUE}”`)).toBeVisible();

  // The printer stops: intake goes on, the receipt is kept and says why it waits.
  execFileSync('cupsdisable', [TEST_QUEUE]);
  try {
    const second = await callApi<{ matters: { id: number }[] }>(host, token, 'visits.register', walkIn({ name: '李四', idNumber: nthResidentId(2) }));
    await page.goto(`${host.url}/matters/${second.matters[0]!.id}`);
    await page.getByRole('button', { name: '打印回执' }).click();
    const warning = page.getByRole('dialog');
    await expect(warning).toContainText('已保存，但没有打印出来');
    await expect(warning).toContainText(`打印机“${TEST_QUEUE}”已停用或脱机`);
    await warning.getByRole('button', { name: '稍后在“打印”页重新打印' }).click();
  } finally {
    execFileSync('cupsenable', [TEST_QUEUE]);
  }
  await page.getByRole('link', { name: '打印' }).click();
  const waiting = page.getByTestId('todays-documents').getByRole('row', { name: /HZ\d{4}-000002/ });
  await expect(waiting).toContainText('待打印');
  await expect(waiting).toContainText('0 次');
  await page.screenshot({ path: 'test-results/screens/print-page-waiting.png', fullPage: true });
  await waiting.getByRole('button', { name: '重新打印' }).click();
  await expect(page.getByText(`已送打印机“${TEST_QUEUE}”`)).toBeVisible();
  await expect(waiting).toContainText('有效');
  await expect(waiting).toContainText('1 次');
});
