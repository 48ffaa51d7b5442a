import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { advanceClock, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn, modalReady } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

interface Visit {
  matters: { id: number; code: string }[];
}

/** Sets 1号窗口's receipt printer ('' = the window prints). */
async function receiptPrinter(admin: string, printer: string) {
  const [counter] = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.counters', undefined, 'query');
  await callApi(host, admin, 'admin.updateCounter', { id: counter!.id, name: counter!.name, active: true, receiptPrinter: printer, a4Printer: '' });
}

test('a day at the counter: five visits, receipts, a void, a number that never printed — explained, closed, 日结单 printed, the day locked', async ({ page, context }) => {
  const admin = await adminToken(host);
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', password, 1);
  const visits: Visit[] = [];
  for (let i = 1; i <= 5; i++) visits.push(await callApi<Visit>(host, clerk, 'visits.register', walkIn({ name: `来访人${i}`, idNumber: nthResidentId(i) })));
  const issue = (i: number) => callApi<{ documentId: number; number: string; printError: string | null }>(host, clerk, 'documents.issue', { kind: 'receipt', matterId: visits[i]!.matters[0]!.id, layout: 'a5', route: 'window' });
  await issue(0);
  await issue(1);
  const spoiled = await issue(2);
  await callApi(host, clerk, 'documents.void', { documentId: spoiled.documentId, reason: '姓名打错，重开' });
  await issue(2);
  await issue(3);
  // The counter's printer is gone: the fifth receipt gets its number but no paper.
  await receiptPrinter(admin, '已拆走的打印机');
  const lost = await callApi<{ number: string; printError: string | null }>(host, clerk, 'documents.issue', { kind: 'receipt', matterId: visits[4]!.matters[0]!.id, layout: 'a5' });
  expect(lost.printError).toContain('找不到打印机');
  await receiptPrinter(admin, '');

  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.getByRole('link', { name: '日结' }).click();
  await expect(page.getByText(/日结 · 1号窗口 · \d{4}年\d+月\d+日/)).toBeVisible();
  const figures = page.getByTestId('day-figures');
  await expect(figures).toContainText('来访批次');
  await expect(figures.locator('.ant-statistic').first()).toContainText('5');

  const check = page.getByTestId('paper-check');
  const receipts = check.getByRole('row', { name: /受理回执/ });
  await expect(receipts).toContainText(/HZ\d{4}-000001.*HZ\d{4}-000006/);
  await expect(check).toContainText('姓名打错，重开');
  const gap = page.getByTestId('discrepancies').getByRole('row', { name: new RegExp(lost.number) });
  await expect(gap).toContainText('已编号未出纸');
  await expect(gap).toContainText('找不到打印机');
  await expect(page.getByRole('button', { name: '日结并打印日结单' })).toBeDisabled();
  await expect(page.getByText('还有 1 处差异没有处理')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/day-open.png', fullPage: true });

  await gap.getByRole('button', { name: '填写说明' }).click();
  const dialog = page.getByRole('dialog', { name: `说明 ${lost.number}` });
  await modalReady(dialog, '说明');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写说明')).toBeVisible();
  await dialog.getByLabel('说明').fill('打印机被拆走，已手写收据交来访人');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(gap).toContainText('打印机被拆走，已手写收据交来访人');

  await page.getByLabel('备注').fill('下午打印机被拆走送修');
  const sheetTab = context.waitForEvent('page');
  await page.getByRole('button', { name: '日结并打印日结单' }).click();
  await page.getByRole('button', { name: '确定日结' }).click();
  await sheetTab;
  const sheets = page.getByTestId('day-sheets');
  await expect(sheets).toContainText('已由 王丽');
  await expect(sheets.getByRole('row', { name: /RJ\d{4}-000001/ })).toContainText('日结单');
  await page.screenshot({ path: 'test-results/screens/day-closed.png', fullPage: true });

  // The closed day refuses an ordinary correction, and new intake at this counter.
  await page.goto(`${host.url}/matters/${visits[0]!.matters[0]!.id}`);
  await expect(page.getByRole('button', { name: '补打回执' })).toBeVisible();
  await expect(page.getByRole('button', { name: '更正' })).toHaveCount(0);
  await expect(
    callApi(host, clerk, 'visits.correct', { matterId: visits[0]!.matters[0]!.id, categoryId: 3, content: '改', visitorName: '来访人1', phone: '', addressText: '', reason: '类别错' }),
  ).rejects.toThrow('该日已日结，更正需由负责人办理');
  await page.getByRole('link', { name: '登记' }).click();
  await expect(page.getByTestId('intake-paused')).toContainText('本窗口今天已经日结');
});

test("the clerk went home: next morning the counter is held until the supervisor closes yesterday, then the centre's day", async ({ page }) => {
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', password, 1);
  await callApi(host, clerk, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1) }));
  await advanceClock(host, 24 * 60 * 60 * 1000);
  const clerkToday = await tokenOf(host, 'clerk1', password, 1);
  await expect(callApi(host, clerkToday, 'visits.register', walkIn({ name: '李四', idNumber: nthResidentId(2) }))).rejects.toThrow('的业务还没有日结');

  const bossPassword = await createUser(host, 'boss1', '李主任', 'supervisor', null);
  await logIn(page, host.url, 'boss1', bossPassword, '1号窗口');
  await expectSignedIn(page, '李主任');
  await page.getByRole('link', { name: '日结' }).click();
  await expect(page.getByText(/的业务还没有日结，本窗口已暂停登记/)).toBeVisible();
  const centre = page.getByTestId('centre-day');
  await expect(centre.getByRole('row', { name: /1号窗口/ })).toContainText('未日结');
  await centre.getByRole('button', { name: '全中心日结' }).click();
  await expect(centre).toContainText('以下窗口尚未日结：1号窗口');

  // The supervisor explains the missing receipt and closes the day on the clerk's behalf.
  const row = page.getByTestId('discrepancies').getByRole('row', { name: /受理无回执/ });
  await row.getByRole('button', { name: '填写说明' }).click();
  const dialog = page.getByRole('dialog', { name: /^说明 SX/ });
  await modalReady(dialog, '说明');
  await dialog.getByLabel('说明').fill('受理员未打印回执，已电话告知来访人');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('已电话告知');
  await page.getByLabel('备注').fill('受理员未日结，负责人代为日结');
  await page.getByRole('button', { name: '日结并打印日结单' }).click();
  await page.getByRole('button', { name: '确定日结' }).click();
  await expect(page.getByTestId('day-sheets')).toContainText('已由 李主任');
  await expect(centre.getByRole('row', { name: /1号窗口/ })).toContainText('已日结');
  await callApi(host, clerkToday, 'visits.register', walkIn({ name: '李四', idNumber: nthResidentId(2) }));

  await centre.getByRole('button', { name: '全中心日结' }).click();
  await expect(centre).toContainText('全中心已由 李主任');
  await page.screenshot({ path: 'test-results/screens/day-supervisor.png', fullPage: true });

  // Reopening asks for the reason and takes the centre's close back.
  await centre.getByRole('row', { name: /1号窗口/ }).getByRole('button', { name: '重开' }).click();
  const reopen = page.getByRole('dialog', { name: /重开 1号窗口/ });
  await modalReady(reopen, '重开原因');
  await reopen.getByRole('button', { name: '重开' }).click();
  await expect(reopen.getByText('请填写重开原因')).toBeVisible();
  await reopen.getByLabel('重开原因').fill('漏登一件来电');
  await reopen.getByRole('button', { name: '重开' }).click();
  await expect(centre.getByRole('row', { name: /1号窗口/ })).toContainText('已重开');
  await expect(centre.getByRole('button', { name: '全中心日结' })).toBeVisible();
  await expect(page.getByText('该日已被负责人重开：漏登一件来电')).toBeVisible();
});
