import { expect, test, type Browser, type Page } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { callApi, createUser, tokenOf } from './api';
import { advanceClock, startTestHost, type TestHost } from './host';
import { chooseOption, expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
  await createUser(host, 'clerk1', '王丽', 'clerk', null);
  await createUser(host, 'police1', '李警官', 'station', '派出所');
  await createUser(host, 'justice1', '赵所长', 'station', '司法所');
  await createUser(host, 'boss1', '周主任', 'supervisor', null);
});
test.afterEach(async () => {
  await host.stop();
});

let n = 0;
/** A matter registered at the desk (through the API: registration has its own tests). */
async function registeredMatter(): Promise<{ id: number; code: string }> {
  const token = await tokenOf(host, 'clerk1', 'Ready12345');
  const r = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(++n) }));
  return r.matters[0]!;
}

async function signedIn(browser: Browser, username: string, displayName: string, counter?: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await logIn(page, host.url, username, 'Ready12345', counter);
  await expectSignedIn(page, displayName);
  return page;
}

async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.getByTestId('flow-panel').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The dialog zooms in; fields clicked mid-animation may miss, as they would for a person.
  await expect(page.locator('.ant-modal[class*="zoom-appear"], .ant-modal[class*="zoom-enter"]')).toHaveCount(0);
  await fill(dialog);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
}

/** 接收 and 归档 are one click: no dialog, the step is taken and said. */
async function oneClick(page: Page, button: string) {
  await page.getByTestId('flow-panel').getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('.ant-message-notice', { hasText: `已${button}` })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function pick(page: Page, label: string, option: string) {
  await chooseOption(page.getByRole('dialog'), label, option);
}

test('refer → receive → result → sign-off, the station seeing it arrive live', async ({ browser }) => {
  const matter = await registeredMatter();
  const clerk = await signedIn(browser, 'clerk1', '王丽', '1号窗口');
  const police = await signedIn(browser, 'police1', '李警官');
  await expect(police.getByTestId('queue-board')).toContainText('待接收');
  await expect(police.getByRole('link', { name: matter.code })).toHaveCount(0);

  await clerk.goto(`${host.url}/matters/${matter.id}`);
  await step(clerk, '派单', async (d) => {
    // The deadline is said before the referral is confirmed.
    await expect(d.getByTestId('refer-deadline')).toContainText('起 30日');
    await pick(clerk, '承办单位', '派出所');
  });
  await expect(clerk.getByTestId('flow-panel')).toContainText('派出所');
  await expect(clerk.getByTestId('deadline')).toContainText('（30日');

  // The station's queue shows the new referral without a reload.
  await expect(police.getByRole('link', { name: matter.code })).toBeVisible();
  await police.getByRole('link', { name: matter.code }).click();
  await oneClick(police, '接收');
  await step(police, '报告办理结果', async (d) => {
    await d.getByLabel('调解成功').check();
    await d.getByLabel('结果说明').fill('双方当面协商，柴草已清理。');
  });
  await expect(police.getByText('已办结待签单').first()).toBeVisible();

  // The clerk's page follows live too; the visitor signs off.
  await expect(clerk.getByTestId('flow-panel').getByRole('button', { name: '签单' })).toBeVisible();
  await step(clerk, '签单', async (d) => d.getByLabel('满意', { exact: true }).check());
  await oneClick(clerk, '归档');
  const timeline = clerk.getByTestId('timeline');
  for (const text of ['登记受理', '派单', '接收', '报告办理结果', '调解成功', '群众评价：满意', '归档', '李警官', '王丽']) await expect(timeline).toContainText(text);
});

test('a station returns a matter that is not its own, and the centre refers it again', async ({ browser }) => {
  const matter = await registeredMatter();
  const clerk = await signedIn(browser, 'clerk1', '王丽', '1号窗口');
  await clerk.goto(`${host.url}/matters/${matter.id}`);
  await step(clerk, '派单', async () => pick(clerk, '承办单位', '司法所'));

  const justice = await signedIn(browser, 'justice1', '赵所长');
  await justice.getByRole('link', { name: matter.code }).click();
  await expect(justice.getByTestId('flow-panel').getByRole('button', { name: '接收', exact: true })).toBeVisible();
  await step(justice, '退回', async (d) => d.getByLabel('退回理由').fill('属治安纠纷，非本所职责'));

  await expect(clerk.getByTestId('flow-panel')).toContainText('承办单位已退回，请重新派单。');
  await expect(clerk.getByTestId('timeline')).toContainText('属治安纠纷，非本所职责');
  await step(clerk, '派单', async (d) => {
    // The deadline is said before the referral is confirmed.
    await expect(d.getByTestId('refer-deadline')).toContainText('起 30日');
    await pick(clerk, '承办单位', '派出所');
  });
  await expect(clerk.getByTestId('flow-panel')).toContainText('派出所');
});

test('an overdue matter shows on the supervisor\'s screen', async ({ browser }) => {
  const matter = await registeredMatter();
  const clerkToken = await tokenOf(host, 'clerk1', 'Ready12345');
  const { version } = await callApi<{ version: number }>(host, clerkToken, 'matters.get', { id: matter.id }, 'query');
  const stations = await callApi<{ id: number; name: string }[]>(host, clerkToken, 'reference.stations', undefined, 'query');
  await callApi(host, clerkToken, 'flow.act', { matterId: matter.id, version, action: 'refer', stationId: stations.find((s) => s.name === '司法所')!.id, helperStationIds: [] });
  await advanceClock(host, 31 * 24 * 60 * 60 * 1000);

  const boss = await signedIn(browser, 'boss1', '周主任', '1号窗口');
  await boss.getByRole('link', { name: '事项' }).click();
  const board = boss.getByTestId('queue-board');
  await expect(board.getByRole('tab', { name: /已超期\s*1/ })).toBeVisible();
  const row = board.getByRole('row', { name: new RegExp(matter.code) });
  await expect(row).toContainText('已超期 1 天');
  await expect(row).toContainText('司法所');
  await expect(row).toHaveClass(/overdue-row/);
});
