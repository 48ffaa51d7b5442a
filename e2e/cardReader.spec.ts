import { expect, test } from '@playwright/test';
import { buildStandinReader, STANDIN_CARD } from '../main/testing/standinReader';
import { adminToken, callApi, createUser } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('读卡: a card on the reader fills the form by itself; 读卡 again finds the visitor who came before', async ({ page }) => {
  host = await startTestHost();
  await callApi(host, await adminToken(host), 'devices.setCardReader', { libraryPath: buildStandinReader(), port: 1001 });
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');

  // The card lies on the reader: the page reads it by itself.
  await expect(page.getByLabel('姓名')).toHaveValue(STANDIN_CARD.name);
  await expect(page.getByLabel('身份证号')).toHaveValue(STANDIN_CARD.idNumber);
  await expect(page.getByLabel('详细地址')).toHaveValue(STANDIN_CARD.address);
  await expect(page.getByTestId('id-reading')).toContainText('1986年3月15日');
  // The card's photo, for comparing with the face at the counter.
  await expect(page.getByRole('img', { name: '证件照片' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/card-read.png' });
  await page.getByLabel('诉求类别').focus();
  await page.keyboard.type('邻里');
  await expect(page.locator('.ant-select-item-option-active', { hasText: '邻里' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('诉求内容').fill('邻居在院墙边堆放柴草，影响通行。');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();

  // The next visitor's form stays empty while the same card lies there; 读卡 reads it on purpose.
  await page.getByRole('button', { name: '继续登记' }).click();
  await expect(page.getByLabel('姓名')).toHaveValue('');
  await page.getByRole('button', { name: '读卡' }).click();
  await expect(page.getByLabel('姓名')).toHaveValue(STANDIN_CARD.name);
  // The repeat-visit panel reacts as for a typed number.
  await expect(page.getByText('邻居在院墙边堆放柴草，影响通行。')).toBeVisible();
});
