import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
let usb: string;
test.beforeEach(async () => {
  host = await startTestHost();
  usb = mkdtempSync(join(tmpdir(), 'desk-usb-'));
});
test.afterEach(async () => {
  await host.stop();
  rmSync(usb, { recursive: true, force: true });
});

test('the admin sets the backup folder, backs up at once, and runs the full data check', async ({ page }) => {
  // A county's database is backed up by its server; the next test shows what its admin sees instead.
  test.skip(host.database !== null, 'a county database is backed up by its PostgreSQL server');
  await logIn(page, host.url, ADMIN.username, ADMIN.password);
  await expectSignedIn(page, '系统管理员');
  await page.goto(`${host.url}/settings?tab=system`);
  await expect(page.getByText('还没有成功的备份。')).toBeVisible();
  await expect(page.getByRole('button', { name: '立即备份' })).toBeDisabled();

  // A folder that is not there is refused at the API with a Chinese sentence; nothing typed is lost.
  await page.getByLabel('备份文件夹').fill('/media/没有插上的U盘');
  await page.getByRole('button', { name: '保存备份设置' }).click();
  await expect(page.getByText('备份文件夹 /media/没有插上的U盘 不存在或无法写入')).toBeVisible();
  await expect(page.getByLabel('备份文件夹')).toHaveValue('/media/没有插上的U盘');

  await page.getByLabel('备份文件夹').fill(usb);
  await page.getByLabel('每天定时').check();
  await page.getByLabel('时间（时:分）').fill('18:30');
  await page.getByRole('button', { name: '保存备份设置' }).click();
  await expect(page.getByText('备份设置已保存')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('last-backup')).toContainText(`位置：${usb}/desk-backup-`);
  expect(readdirSync(usb).filter((d) => d.startsWith('desk-backup-'))).toHaveLength(1);

  await page.getByRole('button', { name: '立即完整校验' }).click();
  await expect(page.getByText('校验通过，没有发现问题。')).toBeVisible();
  await expect(page.getByText(/最近一次完整校验：/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/settings-system.png' });
});

test('the admin of a county host is told the database is backed up by its server, and can still run the data check', async ({ page }) => {
  test.skip(host.database === null, 'a township host backs its own SQLite file up (the test above)');
  await logIn(page, host.url, ADMIN.username, ADMIN.password);
  await expectSignedIn(page, '系统管理员');
  await page.goto(`${host.url}/settings?tab=system`);
  await expect(page.getByTestId('backup-by-server')).toContainText('由服务器按其计划备份');
  await expect(page.getByRole('button', { name: '立即备份' })).toHaveCount(0);
  await page.getByRole('button', { name: '立即完整校验' }).click();
  await expect(page.getByText('校验通过，没有发现问题。')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/settings-system-county.png' });
});
