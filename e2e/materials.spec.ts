import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

// Chromium's fake camera stands in for the document camera, allowed without a prompt.
test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

test('材料: a picture from the (fake) document camera is attached to the matter, kept, and passes the data check', async ({ page }) => {
  host = await startTestHost();
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const token = await tokenOf(host, 'clerk1', password);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '交材料', idNumber: nthResidentId(6) }));
  const matterId = visit.matters[0]!.id;
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.goto(`${host.url}/matters/${matterId}`);

  await page.getByRole('button', { name: '拍照 / 扫描材料' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('摄像头画面')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '拍照' })).toBeEnabled();
  // Nothing is kept without a name.
  await dialog.getByRole('button', { name: '拍照' }).click();
  await expect(dialog.getByAltText('拍到的材料')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/material-camera.png' });
  await dialog.getByRole('button', { name: '保存材料' }).click();
  await expect(dialog.getByText('请填写材料名称')).toBeVisible();
  await dialog.getByLabel('材料名称').fill('借条');
  await dialog.getByRole('button', { name: '保存材料' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByTestId('materials');
  await expect(card).toContainText('材料（1）');
  await expect(card.getByRole('img', { name: '借条' })).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('添加材料');
  await page.screenshot({ path: 'test-results/screens/material-kept.png', fullPage: true });

  // Kept as it was taken: the data check finds the file as its SHA-256 was recorded.
  const [material] = await callApi<{ id: number }[]>(host, token, 'materials.list', { matterId }, 'query');
  const image = await callApi<{ mime: string; base64: string }>(host, token, 'materials.image', { materialId: material!.id }, 'query');
  expect(image.mime).toBe('image/jpeg');
  const admin = await adminToken(host);
  const check = await callApi<{ findings: { table: string; problem: string }[] }>(host, admin, 'maintenance.checkNow', undefined);
  expect(check.findings.filter((f) => f.table === 'material')).toEqual([]);
  // A real picture of the camera, not an empty frame: a JPEG of some size.
  const bytes = Buffer.from(image.base64, 'base64');
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  expect(bytes.length).toBeGreaterThan(5000);
});
