import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import officeCrypto from 'officecrypto-tool';
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

test('a clerk opens a matter; the supervisor finds the look in 查阅记录, by the person and by the clerk, and exports it marked with who exported it', async ({ page, browser }) => {
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerkToken = await tokenOf(host, 'clerk1', clerkPassword, 1);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, clerkToken, 'visits.register', walkIn({ name: '赵查阅', idNumber: nthResidentId(4242, 1970) }));
  const matter = visit.matters[0]!;

  // The clerk opens the matter at the counter.
  const clerkContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const clerkPage = await clerkContext.newPage();
  await logIn(clerkPage, host.url, 'clerk1', clerkPassword, '1号窗口');
  await expectSignedIn(clerkPage, '王丽');
  await clerkPage.goto(`${host.url}/matters/${matter.id}`);
  await expect(clerkPage.getByText(matter.code).first()).toBeVisible();
  await clerkContext.close();

  // The supervisor asks who looked at this person.
  const password = await createUser(host, 'boss1', '李主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '李主任');
  await page.getByRole('link', { name: '查阅记录' }).click();
  await page.getByLabel('查找来访人').fill('赵查阅');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByTestId('view-people').getByRole('button', { name: '查看查阅记录' }).click();
  const rows = page.getByTestId('view-rows');
  const look = rows.getByRole('row', { name: new RegExp(`王丽.*打开事项.*${matter.code}`) });
  await expect(look).toBeVisible();
  await expect(look).toContainText('1号窗口');
  await page.screenshot({ path: 'test-results/screens/views-by-visitor.png' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导出 Excel' });
  await dialog.getByRole('button', { name: '导出' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('南大里乡综治中心查阅记录：来访人赵查阅.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('查阅记录')!;
  expect(String(sheet.getCell(2, 1).value)).toMatch(/^导出人：李主任\u3000导出时间：/);
  expect((sheet.getRow(4).values as unknown[]).map(String)).toEqual(expect.arrayContaining(['王丽', '打开事项', matter.code, '赵查阅']));

  // Sealed with a password: a short one is refused at the form, a good one locks the file.
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await dialog.getByLabel('导出密码').fill('1234567');
  await dialog.getByLabel('再输入一次').fill('1234567');
  await dialog.getByRole('button', { name: '导出' }).click();
  await expect(dialog.getByText('导出密码至少 8 位')).toBeVisible();
  await dialog.getByLabel('导出密码').fill('综治中心2026');
  await dialog.getByLabel('再输入一次').fill('综治中心2026');
  await page.screenshot({ path: 'test-results/screens/views-export-password.png' });
  const sealedDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  const sealed = readFileSync((await (await sealedDownload).path())!);
  await expect(new ExcelJS.Workbook().xlsx.load(sealed as unknown as ArrayBuffer)).rejects.toThrow();
  await expect(officeCrypto.decrypt(sealed, { password: '综治中心2025' })).rejects.toThrow();
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load((await officeCrypto.decrypt(sealed, { password: '综治中心2026' })) as unknown as ArrayBuffer);
  expect(String(opened.getWorksheet('查阅记录')!.getCell(1, 1).value)).toContain('赵查阅');

  // And what the clerk opened: the same look, from the clerk's side.
  await page.getByText('工作人员看过什么').click();
  await page.getByRole('combobox', { name: '工作人员' }).click();
  await page.getByTitle('王丽（受理员）').click();
  await expect(page.getByTestId('view-rows').getByRole('row', { name: new RegExp(`打开事项.*${matter.code}.*赵查阅`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/views-by-user.png' });
});
