import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

test('风险研判: the supervisor raises a matter to 红 with its 重点领域 and reason; the board leads with it', async ({ page }) => {
  host = await startTestHost();
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const token = await tokenOf(host, 'clerk1', clerkPassword);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1), matters: [{ categoryId: 2, content: '宅基地边界争执，双方扬言动手。', riskLevel: 'yellow' }] }));
  const matter = visit.matters[0]!;
  const password = await createUser(host, 'boss1', '周主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '周主任');

  await page.goto(`${host.url}/matters/${matter.id}`);
  await expect(page.getByTestId('risk-tag')).toHaveText('黄色（一般风险）');
  await page.getByTestId('flow-panel').getByRole('button', { name: '风险研判' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('黄色（一般风险）')).toBeChecked();
  await dialog.getByLabel('红色（重大风险）').check();
  await dialog.getByLabel('可能民转刑').check();
  await dialog.getByLabel('研判理由').fill('双方亲属聚集，有冲突苗头');
  await page.screenshot({ path: 'test-results/screens/risk-assess.png' });
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('risk-tag')).toHaveText('红色（重大风险）');
  await expect(page.getByText('可能民转刑', { exact: true })).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('风险等级：红色（重大风险）；重点领域：可能民转刑');

  // The supervisor's board opens on 高风险, red first.
  await page.goto(host.url);
  const board = page.getByTestId('queue-board');
  await expect(board.getByRole('tab', { name: /高风险/ })).toHaveAttribute('aria-selected', 'true');
  await expect(board.getByRole('row', { name: new RegExp(matter.code) })).toContainText('红险');
  await page.screenshot({ path: 'test-results/screens/risk-board.png' });
});

test('研判会: the supervisor picks the red matter, decides, and the decision is a 督办 on the matter; the record prints', async ({ page }) => {
  host = await startTestHost();
  const clerkPassword = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const token = await tokenOf(host, 'clerk1', clerkPassword);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1), matters: [{ categoryId: 2, content: '宅基地边界争执，双方扬言动手。', riskLevel: 'red' }] }));
  const matter = visit.matters[0]!;
  const password = await createUser(host, 'boss1', '周主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', password, '1号窗口');
  await expectSignedIn(page, '周主任');

  await page.getByRole('link', { name: '研判' }).click();
  await page.getByRole('button', { name: '召开研判会' }).click();
  const form = page.getByTestId('meeting-form');
  await form.getByLabel('地点').fill('综治中心会议室');
  await form.getByLabel('参加人员').fill('综治办、派出所、司法所');
  await form.getByLabel('研判情况').fill('研判宅基地纠纷的稳控。');
  const row = form.getByRole('row', { name: new RegExp(matter.code) });
  await expect(row).toContainText('高风险');
  // Saving with a matter picked but no decision is refused, naming the matter.
  await row.getByRole('checkbox').check();
  await form.getByRole('button', { name: '保存研判结果' }).click();
  await expect(form.getByRole('alert')).toContainText(`请填写事项 ${matter.code} 的研判意见`);
  await row.getByLabel(`研判意见 ${matter.code}`).fill('派出所牵头，当日上门稳控');
  await page.screenshot({ path: 'test-results/screens/assessment-meeting.png' });
  await form.getByRole('button', { name: '保存研判结果' }).click();
  await expect(page.locator('.ant-message-notice', { hasText: '1 件事项已列入督办' })).toBeVisible();
  const tab = page.context().waitForEvent('page');
  await page.getByRole('button', { name: '打印研判记录' }).click();
  await tab;
  await expect(page.getByRole('cell', { name: /YP\d{4}-000001/ })).toBeVisible();

  await page.goto(`${host.url}/matters/${matter.id}`);
  await expect(page.getByTestId('timeline')).toContainText('研判会意见：派出所牵头，当日上门稳控');
});
