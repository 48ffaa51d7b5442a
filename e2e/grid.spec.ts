import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { gridExportRow, gridExportXlsx, TINY_PNG_BASE64 } from '../main/testing/gridExport';
import { nthResidentId } from '../main/testing/people';
import { createUser } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('网格上报: a 网格员 reports from a phone-sized browser; the desk registers it into the loop', async ({ browser, page }, info) => {
  host = await startTestHost();
  const gridPassword = await createUser(host, 'wg1', '赵网格', 'grid', null);
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);

  const phone = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  const p = await phone.newPage();
  await logIn(p, host.url, 'wg1', gridPassword);
  await expectSignedIn(p, '赵网格');
  await expect(p.getByRole('button', { name: '提交上报' })).toBeVisible();
  // The page fits the phone: nothing runs off to the side.
  expect(await p.locator('html').evaluate((html: { scrollWidth: number }) => html.scrollWidth)).toBeLessThanOrEqual(390);

  await p.getByLabel('所属网格').fill('南大里村第二网格');
  await p.getByLabel('当事人').fill('钱某、孙某');
  await p.getByLabel('联系电话').fill('13912345678');
  await p.getByLabel('矛盾纠纷情况').fill('两户因院墙滴水发生争吵，已劝开，需中心跟进调解。');
  // The levels are buttons on the phone: tapped, not ticked.
  await p.getByRole('radiogroup').getByText('橙', { exact: true }).tap();
  await expect(p.getByRole('radio', { name: '橙' })).toBeChecked();
  // A file that is not a picture is refused at the form; a real photo is taken.
  const notPhoto = info.outputPath('说明.pdf');
  writeFileSync(notPhoto, '%PDF-1.7\n');
  await p.getByTestId('grid-photo-input').setInputFiles(notPhoto);
  await expect(p.getByRole('alert')).toContainText('不是图片');
  const photo = info.outputPath('现场.png');
  writeFileSync(photo, Buffer.from(TINY_PNG_BASE64, 'base64'));
  await p.getByTestId('grid-photo-input').setInputFiles(photo);
  await expect(p.getByAltText('照片 1')).toBeVisible();
  // No place: refused at the form, nothing sent, nothing lost.
  await p.getByRole('button', { name: '提交上报' }).click();
  await expect(p.getByText('请填写发现地点')).toBeVisible();
  await p.getByLabel('发现地点').fill('南大里村三组 12 号门前');
  await p.screenshot({ path: 'test-results/screens/grid-phone-form.png', fullPage: true });
  await p.getByRole('button', { name: '提交上报' }).click();
  await expect(p.getByRole('status')).toContainText(/已提交，上报编号 WG\d{8}-0001/);
  await expect(p.getByLabel('所属网格')).toHaveValue('南大里村第二网格');
  await expect(p.getByLabel('发现地点')).toHaveValue('');
  await expect(p.getByText('待受理')).toBeVisible();
  await p.screenshot({ path: 'test-results/screens/grid-phone-sent.png', fullPage: true });

  // The desk: the report waits in 网格上报 with its photo and the phone masked.
  await logIn(page, host.url, 'clerk1', clerkPassword, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.getByRole('link', { name: '网格上报' }).click();
  const row = page.getByRole('row', { name: /WG\d{8}-0001/ });
  await expect(row).toContainText('139****5678');
  await expect(row).toContainText('南大里村三组 12 号门前');
  await expect(row.getByRole('img')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/grid-desk-queue.png' });
  await row.getByRole('button', { name: '受理登记' }).click();

  // The registration form is filled from the report; the clerk checks the person's ID and registers.
  await expect(page.getByTestId('from-grid')).toContainText('赵网格（南大里村第二网格）');
  await expect(page.getByLabel('发现地点')).toHaveValue('南大里村三组 12 号门前');
  await expect(page.getByLabel('诉求内容')).toHaveValue('两户因院墙滴水发生争吵，已劝开，需中心跟进调解。');
  await page.getByLabel('姓名').fill('钱某');
  await page.getByLabel('身份证号').fill(nthResidentId(3));
  await page.getByLabel('诉求类别').focus();
  await page.keyboard.type('邻里');
  await expect(page.locator('.ant-select-item-option-active', { hasText: '邻里' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.screenshot({ path: 'test-results/screens/grid-register.png' });
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();

  // The report now names its matter, at the desk and on the phone.
  await page.getByRole('link', { name: '网格上报' }).click();
  await page.getByRole('tab', { name: '已登记' }).click();
  await expect(page.getByRole('link', { name: /事项 SX\d{8}-0001/ })).toBeVisible();
  await p.reload();
  await expect(p.getByText(/事项 SX\d{8}-0001/)).toBeVisible();
  await phone.close();
});

test('导入: the grid platform’s xlsx is previewed row by row; the bad row is refused with its reason, the rest taken', async ({ page }, info) => {
  host = await startTestHost();
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const file = info.outputPath('网格事件导出.xlsx');
  writeFileSync(file, await gridExportXlsx([gridExportRow(1), gridExportRow(2, { 事发地点: '' }), gridExportRow(3, { 风险等级: '红' })]));

  await logIn(page, host.url, 'clerk1', clerkPassword, '1号窗口');
  await page.getByRole('link', { name: '网格上报' }).click();
  await page.getByRole('button', { name: '导入网格平台表格' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('grid-import-input').setInputFiles(file);
  await expect(dialog.getByRole('status')).toHaveText('可导入 2 行，不能导入 1 行');
  await expect(dialog.getByRole('row', { name: /^3 SJ20261100002/ })).toContainText('请填写发现地点');
  await page.screenshot({ path: 'test-results/screens/grid-import-preview.png' });
  await dialog.getByRole('button', { name: '导入 2 行' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已导入 2 行，进入“待受理”；1 行未导入（原因见下表）');
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('row', { name: /SJ20261100001/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /SJ20261100003/ })).toContainText('红险');
  await expect(page.getByRole('row', { name: /SJ20261100002/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/grid-import-done.png' });
});
