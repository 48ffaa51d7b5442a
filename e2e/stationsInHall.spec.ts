import { expect, test, type Page } from '@playwright/test';
import { readPdf } from '../main/print/pdfText';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, paperText, papersOfToday, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { chooseOption, expectSignedIn, logIn, modalReady } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

/** The papers of a matter's mediation file, as its mediator (here the clerk who settled it) lists them. */
async function mediationPapers(token: string, matterId: number): Promise<{ id: number; kind: string; number: string }[]> {
  return callApi(host, token, 'mediation.papers', { matterId }, 'query');
}



async function signInClerk(page: Page) {
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  return password;
}

test('口头协议 at the desk: settled on the spot with an oral agreement, its 登记表 printed at once', async ({ page, context }) => {
  host = await startTestHost();
  const password = await signInClerk(page);
  await page.getByLabel('姓名').fill('李当场');
  await page.getByLabel('身份证号').fill(nthResidentId(4));
  await page.getByLabel('诉求类别').focus();
  await page.keyboard.type('邻里');
  await expect(page.locator('.ant-select-item-option-active', { hasText: '邻里' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: '当场化解' }).check();
  await page.getByLabel('诉求内容').fill('借用农具未还，双方争执。');
  await page.getByLabel('化解情况').fill('经窗口说和，双方同意当场归还。');
  await page.getByRole('radio', { name: '满意', exact: true }).check();
  await page.getByRole('checkbox', { name: /达成口头协议/ }).check();
  await expect(page.getByLabel('登记调委会')).toBeVisible();
  // Nothing typed is lost when a required part is missing.
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('请填写对方当事人')).toBeVisible();
  await page.getByLabel('对方当事人').fill('张四');
  await page.getByLabel('口头协议内容').fill('张四当场归还农具，双方不再追究。');
  await page.screenshot({ path: 'test-results/screens/register-oral.png' });
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  const tab = context.waitForEvent('page');
  await page.getByRole('button', { name: '打印口头协议登记表' }).click();
  await tab;
  const token = await tokenOf(host, 'clerk1', password);
  const matterId = Number((await page.getByRole('link', { name: /^SX\d{8}-0001$/ }).getAttribute('href'))!.split('/').pop());
  const paper = (await mediationPapers(token, matterId)).find((p) => p.kind === 'oral_agreement')!;
  expect(paper.number).toMatch(/^KT\d{4}-000001$/);
  const { pdfBase64 } = await callApi<{ pdfBase64: string }>(host, token, 'mediation.pdf', { documentId: paper.id }, 'query');
  const text = readPdf(Buffer.from(pdfBase64, 'base64')).text;
  for (const piece of ['人民调解口头协议登记表', '李当场', '张四', '张四当场归还农具，双方不再追究。']) expect(text).toContain(piece);
});

test('驻点: the roster says who is in the hall; 派单 to an on-call station shows whom to call and prints the 召集单', async ({ page, context }) => {
  host = await startTestHost();
  const admin = await adminToken(host);
  const stations = await callApi<{ id: number; name: string; kind: string; phone: string; active: boolean; shortName: string }[]>(host, admin, 'admin.stations', undefined, 'query');
  const aid = stations.find((s) => s.name === '法律援助工作站')!;
  await callApi(host, admin, 'admin.updateStation', { ...aid, attendance: 'on_call', rotationDays: [], contactPerson: '陈律师', phone: '0359-1234567' });
  const password = await signInClerk(page);
  const token = await tokenOf(host, 'clerk1', password);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, token, 'visits.register', walkIn({ name: '赵援助', idNumber: nthResidentId(5), matters: [{ categoryId: 17, content: '申请法律援助，追讨工伤赔偿。' }] }));

  // 今日驻点: the police post is in the hall by its pattern; the desk writes who is on duty.
  await page.getByRole('link', { name: '驻点' }).click();
  await expect(page.getByRole('row', { name: /法律援助工作站/ })).toContainText('随叫随驻');
  await expect(page.getByRole('switch', { name: '法律援助工作站今日在厅' })).not.toBeChecked();
  await page.getByLabel('派出所在岗人员').fill('张警官');
  await page.getByLabel('派出所在岗人员').press('Enter');
  await expect(page.getByText('已更新派出所今日驻点')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/roster.png' });

  // 派单: the list and the dialog say who is in the hall and whom to call.
  await page.goto(`${host.url}/matters/${visit.matters[0]!.id}`);
  await page.getByTestId('flow-panel').getByRole('button', { name: '派单' }).click();
  const dialog = page.getByRole('dialog');
  await modalReady(dialog, '承办单位');
  await chooseOption(dialog, '承办单位', '派出所');
  await expect(dialog.getByTestId('station-presence')).toContainText('派出所今日在厅：张警官');
  await chooseOption(dialog, '承办单位', '法律援助工作站');
  await expect(dialog.getByTestId('station-presence')).toContainText('召集联系人：陈律师 0359-1234567');
  await page.screenshot({ path: 'test-results/screens/refer-on-call.png' });
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const tab = context.waitForEvent('page');
  await page.getByRole('button', { name: '打印召集单' }).click();
  await tab;
  const slip = (await papersOfToday(host)).find((p) => p.kind === 'call_slip')!;
  const text = await paperText(host, slip.id);
  for (const piece of ['驻点力量到厅召集单', '法律援助工作站（随叫随驻）', '陈律师', visit.matters[0]!.code]) expect(text).toContain(piece);
});
