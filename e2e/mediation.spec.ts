import { ageOn } from '../shared/mediation';
import { chinaDay } from '../shared/time';
import { expect, test } from '@playwright/test';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { hostNow, startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.beforeEach(async () => {
  host = await startTestHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('the mediator fills the file from the visit, previews, issues the agreement, and the file locks', async ({ page, context }) => {
  const admin = await adminToken(host);
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, admin, 'visits.register', walkIn({ name: '张三', idNumber: nthResidentId(1) }));
  const matter = visit.matters[0]!;
  const stations = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.stations', undefined, 'query');
  const committee = stations.find((s) => s.name === '人民调解委员会')!;
  await callApi(host, admin, 'flow.act', { matterId: matter.id, version: 0, action: 'refer', stationId: committee.id, helperStationIds: [] });
  const password = await createUser(host, 'med1', '刘调解', 'station', '人民调解委员会');
  await callApi(host, await tokenOf(host, 'med1', password, null), 'flow.act', { matterId: matter.id, version: 1, action: 'receive' });

  await logIn(page, host.url, 'med1', password);
  await expectSignedIn(page, '刘调解');
  await page.goto(`${host.url}/matters/${matter.id}`);
  await page.getByRole('link', { name: '调解卷宗' }).click();
  await expect(page.getByText(`调解卷宗 · 事项 ${matter.code}`)).toBeVisible();

  // The first party comes from the visit, whole ID number and all; the other side is to be filled.
  const first = page.getByTestId('party-1');
  await expect(first.getByLabel('姓名')).toHaveValue('张三');
  await expect(first.getByLabel('身份证号')).toHaveValue(nthResidentId(1));
  await expect(page.getByLabel('人民调解员')).toHaveValue('刘调解');
  await page.screenshot({ path: 'test-results/screens/mediation-draft.png' });

  // Saving with the other side empty is refused at the form, in Chinese.
  await page.getByRole('button', { name: '保存卷宗' }).click();
  await expect(page.getByText('请填写当事人姓名')).toBeVisible();
  await expect(page.getByTestId('mediation-failure')).toContainText('已用红字标出');

  const second = page.getByTestId('party-2');
  await second.getByLabel('姓名').fill('李四');
  await second.getByLabel('身份证号').fill('140828198501011230');
  await expect(second.getByText('校验位不符')).toBeVisible();
  // A valid number fills the party's sex and age, as on the 登记 page.
  await second.getByLabel('身份证号').fill(nthResidentId(40, 1970));
  await expect(second.getByLabel('年龄')).toHaveValue(String(ageOn('1970-05-04', chinaDay(await hostNow(host)))));
  await expect(second.getByText('女', { exact: true })).toBeVisible();
  await second.getByLabel('身份证号').fill('');
  await page.getByRole('button', { name: '增加当事人' }).click();
  const third = page.getByTestId('party-3');
  await third.getByText('单位', { exact: true }).click();
  await third.getByLabel('单位名称').fill('东村村民委员会');
  await third.getByLabel('法定代表人（负责人）').fill('王建国');
  await page.getByLabel('第一条').fill('李四于12月5日前清理通道上的柴草。');
  await page.getByRole('button', { name: '增加一条' }).click();
  await page.getByLabel('第二条').fill('李四补偿张三误工损失1500元。');
  await page.getByLabel('履行方式、时限').fill('12月5日前履行完毕，东村村民委员会监督。');
  await page.getByLabel('协议涉及金额（元）').fill('1500');
  await page.getByLabel('记录人').fill('王记录');
  await page.getByRole('button', { name: '增加一项' }).click();
  await page.getByLabel('申请事项1').fill('请求李四清理通道上的柴草。');
  await page.getByRole('button', { name: '增加调查记录' }).click();
  await page.getByLabel('调查地点').fill('西村');
  await page.getByLabel('被调查人').fill('邻居 孙大娘');
  await page.getByLabel('调查内容（问答）').fill('问：柴草堆了多久？答：两个月。');

  await page.getByRole('button', { name: '预览协议书' }).click();
  await expect(page.getByRole('dialog', { name: /协议书预览/ })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  // The agreement needs each party's responsibility (人民调解法 Art. 29): refused until it is written.
  await page.getByRole('button', { name: '出具协议书' }).click();
  await page.getByRole('button', { name: '出具', exact: true }).click();
  await expect(page.getByTestId('mediation-failure')).toContainText('各方当事人的责任');
  await page.getByLabel('各方当事人的责任').fill('李四堆放杂物阻碍通行，负主要责任。');

  const agreementTab = context.waitForEvent('page');
  await page.getByRole('button', { name: '出具协议书' }).click();
  await expect(page.getByText('出具后协议书取得调解委员会的正式编号')).toBeVisible();
  await page.getByRole('button', { name: '出具', exact: true }).click();
  await agreementTab;
  const year = chinaDay(await hostNow(host)).slice(0, 4);
  await expect(page.getByText(`协议书 （${year}）人民调解委员会调字第 1 号 已出具，卷宗已锁定`)).toBeVisible();
  const papers = page.getByTestId('mediation-papers');
  await expect(papers.getByRole('row', { name: /调字第 1 号/ })).toContainText('人民调解协议书');
  await expect(page.getByLabel('第一条')).toBeDisabled();
  // 司法确认: the thirty days from the agreement are said, until it is applied for.
  await expect(page.getByTestId('judicial-reminder')).toContainText('共同向人民法院申请司法确认');
  await page.screenshot({ path: 'test-results/screens/mediation-file.png', fullPage: true });

  // The locked file still prints: bound whole, under the committee's 卷号.
  const boundTab = context.waitForEvent('page');
  await page.getByRole('button', { name: '装订打印卷宗' }).click();
  await boundTab;
  await expect(papers.getByRole('row', { name: /JZ\d{4}-000001/ })).toContainText('人民调解卷宗');
  await expect(page.getByText(`卷号：（${year}）人民调解委员会人调字第 1 号`)).toBeVisible();
  const recordTab = context.waitForEvent('page');
  await page.getByRole('button', { name: /打印文书/ }).click();
  await page.getByRole('menuitem', { name: '人民调解记录' }).click();
  await recordTab;
  await expect(papers.getByRole('row', { name: /JL\d{4}-000001/ })).toContainText('人民调解记录');
});

test('the desk is offered no mediation file, and typing its address is refused in Chinese', async ({ page }) => {
  const admin = await adminToken(host);
  const visit = await callApi<{ matters: { id: number }[] }>(host, admin, 'visits.register', walkIn({ name: '王五', idNumber: nthResidentId(2) }));
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');
  await page.goto(`${host.url}/matters/${visit.matters[0]!.id}`);
  await expect(page.getByRole('button', { name: '打印回执' })).toBeVisible();
  await expect(page.getByRole('link', { name: '调解卷宗' })).toHaveCount(0);
  await page.goto(`${host.url}/matters/${visit.matters[0]!.id}/mediation`);
  await expect(page.getByText('只有承办的调解委员会工作人员和中心负责人可以办理人民调解；窗口只能办理当场化解时登记的口头协议。')).toBeVisible();
});
