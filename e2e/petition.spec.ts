import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('a 信访 matter: the desk is told when the 受理告知书 is due and prints it; a second press is a 补打', async ({ page }) => {
  host = await startTestHost();
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const token = await tokenOf(host, 'clerk1', password);
  const visit = await callApi<{ matters: { id: number }[] }>(host, token, 'visits.register', walkIn({ name: '周信访', idNumber: nthResidentId(1), matters: [{ categoryId: 16, content: '反映低保评定不公，要求重新评定。' }] }));
  const matterId = visit.matters[0]!.id;

  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.goto(`${host.url}/matters/${matterId}`);
  const papers = page.getByTestId('petition-papers');
  // Registered on 23 November: the petitioner is told by 8 December (15 days).
  await expect(papers).toContainText('受理告知书应于 2026年12月8日 前出具');
  await page.screenshot({ path: 'test-results/screens/petition-papers.png' });
  const tab = page.context().waitForEvent('page');
  await papers.getByRole('button', { name: '打印受理告知书' }).click();
  await tab;
  await expect(papers.getByRole('button', { name: '补打受理告知书' })).toBeVisible();
  await expect(papers).not.toContainText('前出具');
});
