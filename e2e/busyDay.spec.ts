import { expect, test, type Browser, type Page } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, paperText, papersOfToday, tokenOf } from './api';
import { ADMIN, startTestHost, type TestHost } from './host';
import { chooseOption, expectSignedIn, logIn, modalReady } from './login';

/** What a new clerk, a station and a supervisor met in their first week at the counter, walked again. */
let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

type Registered = { visitId: number; matters: { id: number; code: string }[] };

async function register(overrides: Parameters<typeof walkIn>[0]): Promise<Registered> {
  return callApi<Registered>(host, await adminToken(host), 'visits.register', walkIn(overrides));
}



async function signedIn(browser: Browser, username: string, password: string, displayName: string, counter?: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await logIn(page, host.url, username, password, counter);
  await expectSignedIn(page, displayName);
  return page;
}

test('是此人 keeps the person, their history and the link; the linked visit adds to the earlier matter', async ({ page }) => {
  const id = nthResidentId(1);
  const first = await register({ name: '张三', idNumber: id, phone: '13800001234' });
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await page.getByLabel('身份证号').fill(id);
  const panel = page.getByTestId('repeat-panel');
  await panel.getByRole('button', { name: '是此人' }).click();

  // The person stays in view with the earlier matter and the way to link to it.
  await expect(panel).toContainText('已确认是此人');
  await expect(panel).toContainText(first.matters[0]!.code);
  await expect(page.getByLabel('联系电话')).toHaveValue('138****1234');
  await panel.getByRole('button', { name: '关联为重复访' }).click();
  await expect(page.getByText(`关联已有事项：${first.matters[0]!.code}`)).toBeVisible();
  await page.getByLabel('本次反映内容').fill('柴草仍未清理，再次反映。');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  await expect(page.getByText('重复访')).toBeVisible();

  // No new matter: the earlier one counts two visits, and the phone on file is untouched.
  const [person] = await callApi<{ visitCount: number; maskedPhone: string; matters: { code: string; visitCount: number }[] }[]>(host, await adminToken(host), 'visits.lookup', { query: id }, 'query');
  expect(person!.matters.map((m) => [m.code, m.visitCount])).toEqual([[first.matters[0]!.code, 2]]);
  expect(person!.maskedPhone).toBe('138****1234');
});

test('a matter holds one receipt: pressing again offers 补打, and the receipt prints its own number', async ({ page, context }) => {
  const visit = await register({ name: '李四', idNumber: nthResidentId(2) });
  const matter = visit.matters[0]!;
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expectSignedIn(page, '系统管理员');
  await page.goto(`${host.url}/matters/${matter.id}`);
  let tab = context.waitForEvent('page');
  await page.getByRole('button', { name: '打印回执' }).click();
  await tab;
  await expect(page.getByRole('button', { name: '打印回执' })).toHaveCount(0);
  tab = context.waitForEvent('page');
  await page.getByRole('button', { name: '补打回执' }).click();
  await tab;
  await expect(page.getByText(/已生成/).last()).toBeVisible();

  const papers = await papersOfToday(host);
  expect(papers.map((p) => [p.kind, p.prints, p.reprints])).toEqual([['receipt', 2, 1]]);
  expect(await paperText(host, papers[0]!.id)).toContain(papers[0]!.number);
});

test('the 派单单 names who referred the matter, and a 集体访 shows its people wherever the matter appears', async ({ browser }) => {
  await createUser(host, 'clerk1', '王丽', 'clerk', null);
  await createUser(host, 'justice1', '赵所长', 'station', '司法所');
  const visit = await callApi<Registered>(
    host,
    await tokenOf(host, 'clerk1', 'Ready12345'),
    'visits.register',
    walkIn({
      headcount: 9,
      persons: [
        { name: '刘建军', idType: 'resident', idNumber: nthResidentId(3) },
        { name: '陈桂兰', idType: 'resident', idNumber: nthResidentId(4) },
      ],
    }),
  );
  const matter = visit.matters[0]!;
  const clerk = await signedIn(browser, 'clerk1', 'Ready12345', '王丽', '1号窗口');
  await clerk.goto(`${host.url}/matters/${matter.id}`);
  await expect(clerk.getByTestId('collective-tag')).toHaveText('集体访 9 人');
  await expect(clerk.getByTestId('collective-detail')).toHaveText('共 9 人；代表：刘建军、陈桂兰');
  await clerk.getByTestId('flow-panel').getByRole('button', { name: '派单', exact: true }).click();
  const dialog = clerk.getByRole('dialog');
  await modalReady(dialog, '承办单位');
  await chooseOption(dialog, '承办单位', '司法所');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();

  // The station sees the group in its queue, and the slip printed by someone else names the clerk.
  const justice = await signedIn(browser, 'justice1', 'Ready12345', '赵所长');
  await expect(justice.getByRole('row', { name: new RegExp(matter.code) }).getByTestId('collective-tag')).toHaveText('集体访 9 人');
  const boss = await signedIn(browser, ADMIN.username, ADMIN.password, '系统管理员', '1号窗口');
  await boss.goto(`${host.url}/matters/${matter.id}`);
  const tab = boss.context().waitForEvent('page');
  await boss.getByRole('button', { name: '打印派单单' }).click();
  await tab;
  await expect(boss.getByRole('button', { name: '补打派单单' })).toBeVisible();
  const slip = (await papersOfToday(host)).find((p) => p.kind === 'referral_slip')!;
  const text = await paperText(host, slip.id);
  expect(text).toMatch(/派单人\s+王丽/);
  expect(text).toContain('共 9 人；代表：刘建军、陈桂兰');
});

test('a station on its first day: the forced change refuses the old password, the live stream comes up at once, and the visitor can be called', async ({ browser }) => {
  const admin = await adminToken(host);
  const stations = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.stations', undefined, 'query');
  const policeId = stations.find((s) => s.name === '派出所')!.id;
  await callApi(host, admin, 'admin.createUser', { username: 'police1', displayName: '李警官', role: 'station', stationId: policeId, password: 'Start12345' });
  const police = await signedIn(browser, 'police1', 'Start12345', '李警官');

  await police.getByLabel('原密码').fill('Start12345');
  await police.getByLabel('新密码', { exact: true }).fill('Start12345');
  await police.getByLabel('再次输入新密码').fill('Start12345');
  await police.getByRole('button', { name: '保存' }).click();
  await expect(police.getByText('新密码不能与原密码相同，请换一个。')).toBeVisible();
  await police.getByLabel('新密码', { exact: true }).fill('Police2026');
  await police.getByLabel('再次输入新密码').fill('Police2026');
  await police.getByRole('button', { name: '保存' }).click();
  // No reload: the window hears the host straight away.
  await expect(police.getByTestId('live-status')).toContainText('实时');

  const visit = await register({ name: '周九', idNumber: nthResidentId(5), phone: '13912345678' });
  const matter = visit.matters[0]!;
  await callApi(host, admin, 'flow.act', { matterId: matter.id, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
  await expect(police.getByRole('link', { name: matter.code })).toBeVisible();
  await police.getByRole('link', { name: matter.code }).click();

  // The name leads nowhere the station may not go; the phone is masked until asked for.
  await expect(police.getByText('周九', { exact: true })).toBeVisible();
  await expect(police.getByRole('link', { name: '周九' })).toHaveCount(0);
  await expect(police.getByText('139****5678')).toBeVisible();
  await police.getByRole('button', { name: '查看完整号码' }).click();
  await expect(police.getByTestId('whole-phone')).toHaveText('13912345678');
});

test('after 日结 the 登记 page says one thing and the clerk is offered no 作废 that would be refused', async ({ page }) => {
  await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const clerk = await tokenOf(host, 'clerk1', 'Ready12345');
  const visit = await callApi<Registered>(host, clerk, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(6) }));
  await callApi(host, clerk, 'documents.issue', { kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5', route: 'window' });
  const day = (await callApi<{ day: string }>(host, clerk, 'dayClose.sheet', {}, 'query')).day;
  await callApi(host, clerk, 'dayClose.close', { day, note: '' });

  await logIn(page, host.url, 'clerk1', 'Ready12345', '1号窗口');
  const paused = page.getByTestId('intake-paused');
  await expect(paused).toContainText('本窗口今天已经日结，暂停登记。');
  await expect(paused).not.toContainText('请先到');
  await expect(page.getByRole('button', { name: '登记' })).toBeDisabled();

  await page.getByRole('link', { name: '打印' }).click();
  const row = page.getByTestId('todays-documents').getByRole('row', { name: /HZ\d{4}-000001/ });
  await expect(row.getByRole('button', { name: '补打' })).toBeVisible();
  await expect(row.getByRole('button', { name: '作废' })).toHaveCount(0);
});

test('a declined matter: 打印告知书 right after 登记, and a voided notice never issued again is flagged at 日结', async ({ page, context }) => {
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await page.getByLabel('姓名').fill('王五');
  await page.getByLabel('身份证号').fill(nthResidentId(7));
  // 诉求类别 found by its pinyin initials, as clerks type them.
  await page.getByLabel('诉求类别').click();
  await page.keyboard.type('xfsq');
  await expect(page.locator('.ant-select-item-option-active', { hasText: '信访诉求' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: '不予受理' }).check();
  await page.getByLabel('诉求内容').fill('要求撤销已生效判决。');
  await page.getByLabel('不予受理理由').fill('属于人民法院诉讼程序事项');
  await page.getByLabel('建议途径').fill('向上一级人民法院申请再审');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();

  const tab = context.waitForEvent('page');
  await page.getByRole('button', { name: '打印告知书' }).click();
  await tab;
  await expect(page.getByRole('button', { name: '补打告知书' })).toBeVisible();

  const notice = (await papersOfToday(host)).find((p) => p.kind === 'notice')!;
  await callApi(host, await adminToken(host), 'documents.void', { documentId: notice.id, reason: '理由写错' });
  await page.getByRole('link', { name: '日结' }).click();
  const check = page.getByTestId('paper-check');
  await expect(check).toContainText('告知书作废未重开');
  await expect(check.getByRole('button', { name: '打印告知书' })).toBeVisible();
});
