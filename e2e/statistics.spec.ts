import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('the supervisor reads the month, sees it agrees with the closed days, and the exported .xlsx has the same totals as the screen', async ({ page }) => {
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', clerkPassword, 1);
  for (let i = 1; i <= 3; i++) await callApi(host, clerk, 'visits.register', walkIn({ name: `来访人${i}`, idNumber: nthResidentId(i), headcount: i === 3 ? 9 : 1 }));
  const sheet = await callApi<{ day: string; reconciliation: { discrepancies: { item: string }[] } }>(host, clerk, 'dayClose.sheet', {}, 'query');
  for (const d of sheet.reconciliation.discrepancies) await callApi(host, clerk, 'dayClose.explain', { day: sheet.day, item: d.item, note: '来电登记' });
  await callApi(host, clerk, 'dayClose.close', { day: sheet.day });

  const password = await createUser(host, 'boss1', '李主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '李主任');
  await page.getByRole('link', { name: '统计' }).click();
  await expect(page.getByText(/统计 · \d{4}年\d+月/)).toBeVisible();
  await expect(page.getByText(/已日结 1 天；各日结单合计来访 3 批、受理 3 件，与本表一致/)).toBeVisible();
  await expect(page.getByRole('img', { name: '来访趋势' }).locator('canvas')).toBeVisible();
  const byCategory = page.getByTestId('table-中心受理');
  const totalRow = byCategory.getByRole('row', { name: /合计/ });
  await expect(totalRow).toContainText('3');
  const screenTotal = (await totalRow.locator('td').allInnerTexts()).map((t) => t.trim());
  await expect(page.getByTestId('table-来访').getByRole('row', { name: /来访人次/ })).toContainText('11');
  await page.screenshot({ path: 'test-results/screens/statistics.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/统计表\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheetByCategory = wb.getWorksheet('中心受理')!;
  const total = (sheetByCategory.getRow(sheetByCategory.rowCount).values as unknown[]).slice(1).map(String);
  expect(total).toEqual(screenTotal);
  const visitors = wb.getWorksheet('来访')!;
  expect(visitors.getRow(4).values).toEqual([undefined, '来访人次', 11]);

  // The 排查化解台账 lists the three disputes and exports the same.
  const ledger = page.getByTestId('ledger');
  await expect(ledger).toContainText('矛盾纠纷排查化解台账（3 件）');
  const ledgerDownload = page.waitForEvent('download');
  await ledger.getByRole('button', { name: '导出台账' }).click();
  await page.getByRole('dialog', { name: '导出台账' }).getByRole('button', { name: '导出' }).click();
  const ledgerFile = await ledgerDownload;
  const ledgerBook = new ExcelJS.Workbook();
  await ledgerBook.xlsx.load(readFileSync((await ledgerFile.path())!) as unknown as ArrayBuffer);
  expect(ledgerBook.getWorksheet('台账')!.rowCount).toBe(6);
  expect(String(ledgerBook.getWorksheet('台账')!.getCell(2, 1).value)).toMatch(/^导出人：李主任/);
  expect(ledgerBook.getWorksheet('台账')!.getRow(4).getCell(5).value).toBe('来访人1');

  // The period switches: the year holds the month.
  await page.getByText('年报').click();
  await expect(page.getByText(/统计 · \d{4}年$/)).toBeVisible();
  await expect(page.getByTestId('table-中心受理').getByRole('row', { name: /合计/ })).toContainText('3');
});
