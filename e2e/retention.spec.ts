import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { advanceClock, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

test('past its period, a person’s record is let go of after the supervisor confirms, and the year’s statistics stay the same', async ({ page }) => {
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', clerkPassword, 1);
  const declined = { categoryId: 17, content: '咨询与前夫的财产分割，说了家中情况。', decision: 'decline' as const, declineReason: '不属于本中心受理范围', declineChannel: '向人民法院起诉' };
  const visit = await callApi<{ matters: { code: string }[] }>(host, clerk, 'visits.register', walkIn({ name: '钱到期', idNumber: nthResidentId(6262, 1966), matters: [declined] }));
  const code = visit.matters[0]!.code;
  const other = await callApi<{ matters: { id: number; code: string }[] }>(host, clerk, 'visits.register', walkIn({ name: '孙保留', idNumber: nthResidentId(6263, 1966), matters: [declined] }));
  const password = await createUser(host, 'boss1', '李主任', 'supervisor', null);

  // Six years on: the desk's five-year period has run out.
  await advanceClock(host, 6 * YEAR_MS);
  const boss = await tokenOf(host, 'boss1', password, 1);
  const before = await callApi(host, boss, 'statistics.table', { kind: 'year', day: '2026-11-23' }, 'query');

  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '李主任');
  // A matter still needed (the person has sued): the supervisor holds it back on its page.
  await page.goto(`${host.url}/matters/${other.matters[0]!.id}`);
  await page.getByRole('button', { name: '法律保留' }).click();
  const hold = page.getByRole('dialog', { name: '法律保留' });
  await hold.getByLabel('保留原因').fill('当事人已起诉，案卷待法院调取');
  await hold.getByRole('button', { name: '法律保留' }).click();
  await expect(page.getByText('已设法律保留')).toBeVisible();

  await page.getByRole('link', { name: '到期清理' }).click();
  const due = page.getByTestId('due-people');
  const row = due.getByRole('row', { name: new RegExp(`钱到期.*${code}`) });
  await expect(row).toBeVisible();
  await expect(due).not.toContainText('孙保留');
  await row.getByRole('checkbox').check();
  await page.screenshot({ path: 'test-results/screens/retention-due.png' });
  await page.getByRole('button', { name: '清理所选 1 人' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认清理' }).click();
  await expect(page.getByText(/已清理 1 人、1 件事项、0 份文书 PDF/)).toBeVisible();
  await expect(due).toContainText('没有到期的个人信息');
  await expect(page.getByTestId('purges')).toContainText(code);
  await page.screenshot({ path: 'test-results/screens/retention-done.png' });

  const found = await callApi<{ name: string; maskedId: string; matters: { code: string; content: string }[] }[]>(host, boss, 'visits.lookup', { query: code }, 'query');
  expect(found).toEqual([expect.objectContaining({ name: '钱某', maskedId: '', matters: [expect.objectContaining({ code, content: '（已过保存期限，详情已删除）' })] })]);
  expect(await callApi(host, boss, 'statistics.table', { kind: 'year', day: '2026-11-23' }, 'query')).toEqual(before);
});
