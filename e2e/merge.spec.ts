import { expect, test } from '@playwright/test';
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

test('a supervisor compares two records of one person side by side, merges them, and undoes the merge with the history intact', async ({ page }) => {
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', clerkPassword, 1);
  const withId = await callApi<{ matters: { code: string }[] }>(host, clerk, 'visits.register', walkIn({ name: '郑老汉', idNumber: nthResidentId(5151, 1946) }));
  const noIdVisit = walkIn({ name: '郑老汉', phone: '13700001111' });
  noIdVisit.persons[0] = { ...noIdVisit.persons[0]!, idType: 'none', idNumber: '', noIdReason: '老人未带身份证' };
  noIdVisit.matters = [{ categoryId: 3, content: '承包地边界与邻户有争议，要求调解。' }];
  const without = await callApi<{ matters: { code: string }[] }>(host, clerk, 'visits.register', noIdVisit);
  const [keptCode, mergedCode] = [withId.matters[0]!.code, without.matters[0]!.code];

  const password = await createUser(host, 'boss1', '李主任', 'supervisor', null);
  const boss = await tokenOf(host, 'boss1', password, 1);
  const found = await callApi<{ id: number; maskedId: string }[]>(host, boss, 'visits.lookup', { query: '郑老汉' }, 'query');
  const kept = found.find((v) => v.maskedId !== '')!;
  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '李主任');
  await page.goto(`${host.url}/visitors/${kept.id}`);

  await page.getByRole('button', { name: '合并重复记录' }).click();
  const dialog = page.getByRole('dialog', { name: /合并重复记录/ });
  await dialog.getByLabel('查找另一条记录').fill('郑老汉');
  await dialog.getByRole('button', { name: '查找' }).click();
  await dialog.getByTestId('merge-candidates').getByRole('button', { name: '比对' }).click();
  const compare = dialog.getByTestId('merge-compare');
  await expect(compare.getByRole('row', { name: /诉求/ })).toContainText(mergedCode);
  await expect(compare.getByRole('row', { name: /证件/ })).toContainText('无号码');
  await dialog.getByLabel('合并原因').fill('同一人，前次未带身份证');
  await page.screenshot({ path: 'test-results/screens/merge-compare.png' });
  await dialog.getByRole('button', { name: '合并' }).click();
  await expect(page.getByText(/已合并/)).toBeVisible();

  const matters = page.getByRole('table').filter({ hasText: '事项编号' });
  await expect(matters).toContainText(keptCode);
  await expect(matters).toContainText(mergedCode);
  await expect(page.getByTestId('merges')).toContainText('郑老汉（1 次来访、1 件诉求）并入 郑老汉');
  await page.screenshot({ path: 'test-results/screens/merge-done.png' });

  await page.getByTestId('merges').getByRole('button', { name: '撤销合并' }).click();
  const undo = page.getByRole('dialog', { name: '撤销合并' });
  await undo.getByLabel('撤销原因').fill('核实后不是同一人');
  await undo.getByRole('button', { name: '撤销合并' }).click();
  await expect(page.getByTestId('merges')).toContainText('已撤销');
  await expect(matters).toContainText(keptCode);
  await expect(matters).not.toContainText(mergedCode);
  // The other record stands on its own again, with its matter.
  const again = await callApi<{ id: number; matters: { code: string }[] }[]>(host, boss, 'visits.lookup', { query: '郑老汉' }, 'query');
  expect(again.map((v) => v.matters.map((m) => m.code)).sort()).toEqual([[keptCode], [mergedCode]].sort());
});
