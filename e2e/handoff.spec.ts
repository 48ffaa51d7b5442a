import { expect, test, type Browser, type Page } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { testPostgresUrl } from '../main/testing/testDatabase';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { ADMIN, startTestHost, type TestHost } from './host';
import { chooseOption, expectSignedIn, logIn, modalReady } from './login';

// A township and its county in one county database: what PostgreSQL is for (CI's second pass).
test.skip(!testPostgresUrl(), 'centres that hand matters to each other share a county database (PostgreSQL)');

let county: TestHost;
let town: TestHost;
test.beforeEach(async () => {
  county = await startTestHost({ area: '140828', centre: '夏县综治中心' });
  town = await startTestHost({ besides: county, area: '140828101' });
  await createUser(town, 'townclerk', '王丽', 'clerk', null);
  await createUser(county, 'countyclerk', '孙科长', 'clerk', null);
  await createUser(county, 'countyboss', '周主任', 'supervisor', null);
  // The county knows the township as one of its stations (its admin's part: set up through the API here).
  await callApi(county, await adminToken(county), 'admin.createStation', { name: '南大里乡综治中心', kind: 'comprehensive', phone: '', active: true, centreArea: '140828101' });
});
test.afterEach(async () => {
  await town.stop();
  await county.stop();
});

async function signedIn(browser: Browser, host: TestHost, username: string, password: string, displayName: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await logIn(page, host.url, username, password, '1号窗口');
  await expectSignedIn(page, displayName);
  return page;
}

/** Opens a 交办 row and waits for its drawer. */
async function openHandoff(page: Page, code: string) {
  await page.getByRole('link', { name: '交办' }).click();
  await page.getByRole('button', { name: code }).click();
  await expect(page.locator('.ant-drawer')).toContainText(code);
}

/** A step with a form, from the drawer's buttons: its dialog is named by the step. */
async function stepInDrawer(page: Page, button: string, field: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.locator('.ant-drawer').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(button) });
  await modalReady(dialog, field);
  await fill(dialog);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
}

test('上报 and 下派: a township hands a matter up, the county answers it, and the county hands one down that the township answers', async ({ browser }) => {
  // The township's admin makes the county one of its stations, in 设置 · 入驻单位.
  const admin = await signedIn(browser, town, ADMIN.username, ADMIN.password, '系统管理员');
  await admin.getByRole('link', { name: '设置' }).click();
  await admin.getByRole('tab', { name: '入驻单位' }).click();
  await admin.getByRole('button', { name: '新增单位' }).click();
  const form = admin.getByRole('dialog');
  await modalReady(form, '单位名称');
  await form.getByLabel('单位名称').fill('夏县综治中心');
  await form.getByLabel('对应综治中心').fill('140828');
  await admin.screenshot({ path: 'test-results/screens/handoff-station-link.png' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByRole('row', { name: /夏县综治中心/ })).toContainText('对应综治中心 140828');

  // 上报: the township's clerk refers a registered matter to 夏县综治中心.
  const townToken = await tokenOf(town, 'townclerk', 'Ready12345');
  const up = (await callApi<{ matters: { id: number; code: string }[] }>(town, townToken, 'visits.register', walkIn({ name: '赵上报', idNumber: nthResidentId(920) }))).matters[0]!;
  const clerk = await signedIn(browser, town, 'townclerk', 'Ready12345', '王丽');
  await clerk.goto(`${town.url}/matters/${up.id}`);
  await clerk.getByTestId('flow-panel').getByRole('button', { name: '派单', exact: true }).click();
  const refer = clerk.getByRole('dialog');
  await modalReady(refer, '派单说明');
  await chooseOption(refer, '承办单位', '夏县综治中心');
  await refer.getByLabel('派单说明').fill('两村土地纠纷，乡里调处不成，报县中心');
  await refer.getByRole('button', { name: '确定' }).click();
  await expect(refer).toBeHidden();

  // The county's clerk finds it under 交办, receives it and answers.
  const countyClerk = await signedIn(browser, county, 'countyclerk', 'Ready12345', '孙科长');
  await openHandoff(countyClerk, up.code);
  const drawer = countyClerk.locator('.ant-drawer');
  await expect(drawer).toContainText('南大里乡综治中心');
  await expect(drawer).toContainText('两村土地纠纷');
  await drawer.getByRole('button', { name: '接收', exact: true }).click();
  await expect(countyClerk.locator('.ant-message-notice', { hasText: '已接收' })).toBeVisible();
  await stepInDrawer(countyClerk, '报告办理结果', '结果说明', async (d) => {
    await d.getByLabel('调解成功').check();
    await d.getByLabel('结果说明').fill('县调委会组织两村调解，达成协议');
  });
  await countyClerk.screenshot({ path: 'test-results/screens/handoff-county-drawer.png' });

  // Back at the township: one matter, one timeline, and the township signs it off.
  await clerk.reload();
  const timeline = clerk.getByTestId('timeline');
  for (const text of ['派单', '夏县综治中心', '接收', '报告办理结果', '县调委会组织两村调解，达成协议（经办：孙科长）']) await expect(timeline).toContainText(text);
  await clerk.getByTestId('flow-panel').getByRole('button', { name: '签单', exact: true }).click();
  const sign = clerk.getByRole('dialog');
  await modalReady(sign, '群众意见');
  await sign.getByLabel('满意', { exact: true }).check();
  await sign.getByRole('button', { name: '确定' }).click();
  await expect(clerk.getByTestId('flow-panel').getByRole('button', { name: '归档' })).toBeVisible();

  // 下派: the county refers one of its own matters to the township, which answers it under 交办.
  const countyToken = await tokenOf(county, 'countyclerk', 'Ready12345');
  const down = (await callApi<{ matters: { id: number; code: string }[] }>(county, countyToken, 'visits.register', walkIn({ name: '钱下派', idNumber: nthResidentId(921) }))).matters[0]!;
  const stations = await callApi<{ id: number; name: string }[]>(county, countyToken, 'reference.stations', undefined, 'query');
  await callApi(county, countyToken, 'flow.act', { matterId: down.id, version: 0, action: 'refer', stationId: stations.find((s) => s.name === '南大里乡综治中心')!.id, helperStationIds: [], note: '请乡里就近办理' });
  await openHandoff(clerk, down.code);
  await expect(clerk.locator('.ant-drawer')).toContainText('夏县综治中心');
  await clerk.locator('.ant-drawer').getByRole('button', { name: '接收', exact: true }).click();
  await expect(clerk.locator('.ant-message-notice', { hasText: '已接收' })).toBeVisible();
  await stepInDrawer(clerk, '报告办理结果', '结果说明', async (d) => {
    await d.getByLabel('已办结').check();
    await d.getByLabel('结果说明').fill('已到现场处理完毕');
  });
  const back = await callApi<{ status: string }>(county, countyToken, 'matters.get', { id: down.id }, 'query');
  expect(back.status).toBe('resolved');

  // The county's supervisor sees every centre: their matters side by side, and the figures added up.
  const boss = await signedIn(browser, county, 'countyboss', 'Ready12345', '周主任');
  await boss.getByRole('link', { name: '交办' }).click();
  await boss.getByRole('tab', { name: '全县事项' }).click();
  const list = boss.getByRole('tabpanel', { name: '全县事项' });
  await expect(list.getByRole('row', { name: new RegExp(`南大里乡综治中心.*${up.code}.*已签单`) })).toBeVisible();
  await expect(list.getByRole('row', { name: new RegExp(`夏县综治中心.*${down.code}`) })).toBeVisible();
  await boss.screenshot({ path: 'test-results/screens/county-matters.png' });
  await boss.getByRole('link', { name: '统计' }).click();
  await boss.getByText('全县汇总', { exact: true }).click();
  await expect(boss.getByTestId('table-各中心')).toContainText('南大里乡综治中心');
  await expect(boss.getByTestId('table-各中心')).toContainText('夏县综治中心');
  await boss.screenshot({ path: 'test-results/screens/county-statistics.png' });
  await boss.getByTestId('table-各中心').scrollIntoViewIfNeeded();
  await boss.screenshot({ path: 'test-results/screens/county-statistics-centres.png' });
});
