import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { spkiFingerprint } from '../main/tls/certificates';
import { tlsPaths } from '../main/tls/tlsFiles';
import { runDesk, spawnDeskHost } from '../main/testing/deskProcess';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairWithHost } from '../main/tls/pairClient';
import { ADMIN, CENTRE, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost({ tls: true });
});
test.afterEach(async () => {
  await host.stop();
});

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

test('Chromium opens the host over HTTPS when it trusts the host’s key, and refuses it otherwise', async ({ playwright }) => {
  expect(host.url).toMatch(/^https:/);
  const pinned = spkiFingerprint(readFileSync(tlsPaths(host.dataDir).hostCert, 'utf8'));

  const trusting = await playwright.chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, `--ignore-certificate-errors-spki-list=${pinned}`] });
  try {
    const page = await trusting.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(host.url);
    await expect(page.getByLabel('用户名')).toBeVisible();
    await expect(page.getByTestId('insecure-banner')).toHaveCount(0);
    // A browser-only PC finds the centre's certificate and the steps to install it from the login page.
    await page.getByRole('link', { name: '安装中心证书' }).click();
    await expect(page.getByText('UOS / 麒麟')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/certificate.png' });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /下载中心根证书/ }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe(readFileSync(tlsPaths(host.dataDir).caCert, 'utf8'));
  } finally {
    await trusting.close();
  }

  // Another key pinned (or none): the browser will not talk to the host.
  const otherKey = Buffer.alloc(32, 7).toString('base64');
  const refusing = await playwright.chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, `--ignore-certificate-errors-spki-list=${otherKey}`] });
  try {
    const page = await refusing.newPage();
    await expect(page.goto(host.url)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID|ERR_CERT/);
  } finally {
    await refusing.close();
  }
});

test('a lab host on plain HTTP beyond loopback shows every window a red warning', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-lab-'));
  expect(runDesk(['init', '--data-dir', dataDir, '--center', CENTRE, '--admin-user', ADMIN.username, '--admin-password', ADMIN.password]).code).toBe(0);
  const lab = await spawnDeskHost(['--data-dir', dataDir, '--port', '0', '--bind', '0.0.0.0', '--insecure-lab']);
  try {
    expect(lab.url).toMatch(/^http:\/\//);
    await page.goto(`http://127.0.0.1:${new URL(lab.url).port}`);
    await expect(page.getByTestId('insecure-banner')).toContainText('明文 HTTP');
    await page.screenshot({ path: 'test-results/screens/insecure-lab.png' });
  } finally {
    await lab.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the admin shows a pairing code, a terminal pairs with it, and the admin revokes it', async ({ playwright }) => {
  const pinned = spkiFingerprint(readFileSync(tlsPaths(host.dataDir).hostCert, 'utf8'));
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, `--ignore-certificate-errors-spki-list=${pinned}`] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await logIn(page, host.url, ADMIN.username, ADMIN.password);
    await expectSignedIn(page, '系统管理员');
    await page.goto(`${host.url}/settings?tab=terminals`);
    await page.getByRole('button', { name: '生成配对码' }).click();
    const code = (await page.getByTestId('pairing-code').textContent())!;
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expect(page.getByText(/有效至 \d\d:\d\d（5 分钟），只能使用一次/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/terminals-code.png' });

    // The terminal PC (the desktop shell's pairing, run here as the shell runs it).
    const paired = await pairWithHost(host.url, code, '二号窗口');
    expect(paired).toMatchObject({ ok: true, pin: pinned });

    await page.reload();
    const row = page.getByRole('row', { name: /二号窗口/ });
    await expect(row).toContainText('使用中');
    await expect(row).toContainText('系统管理员');
    await page.screenshot({ path: 'test-results/screens/terminals-list.png' });
    await row.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
    await expect(row).toContainText('已撤销');
    await expect(page.getByText('已撤销该终端的配对')).toBeVisible();
  } finally {
    await browser.close();
  }
});
