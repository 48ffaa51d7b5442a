import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { TINY_PNG_BASE64 } from '../main/testing/gridExport';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('材料 without a camera: the clerk is told why and chooses a picture file instead', async ({ page }, info) => {
  host = await startTestHost();
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const token = await tokenOf(host, 'clerk1', password);
  const visit = await callApi<{ matters: { id: number }[] }>(host, token, 'visits.register', walkIn({ name: '无相机', idNumber: nthResidentId(8) }));
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.goto(`${host.url}/matters/${visit.matters[0]!.id}`);
  await page.getByRole('button', { name: '拍照 / 扫描材料' }).click();
  const dialog = page.getByRole('dialog');
  // This machine has no camera (and grants none): said in Chinese, with the way on.
  await expect(dialog.getByRole('alert')).toContainText(/(没有找到摄像头或高拍仪|没有允许使用摄像头).*选择图片文件/);
  await expect(dialog.getByRole('button', { name: '拍照' })).toBeDisabled();
  const file = info.outputPath('借条.png');
  writeFileSync(file, Buffer.from(TINY_PNG_BASE64, 'base64'));
  await dialog.getByTestId('material-file-input').setInputFiles(file);
  await expect(dialog.getByAltText('拍到的材料')).toBeVisible();
  await dialog.getByLabel('材料名称').fill('借条');
  await dialog.getByRole('button', { name: '保存材料' }).click();
  await expect(page.getByTestId('materials')).toContainText('材料（1）');
});
