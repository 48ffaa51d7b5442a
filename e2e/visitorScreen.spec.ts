import { expect, test } from '@playwright/test';
import { pageImage, readPdf } from '../main/print/pdfText';
import { nthResidentId, walkIn } from '../main/testing/people';
import { adminToken, callApi, createUser, tokenOf } from './api';
import { startTestHost, type TestHost } from './host';
import { expectSignedIn, logIn } from './login';

let host: TestHost;
test.afterEach(async () => {
  await host.stop();
});

/** A matter the police post has resolved: ready for 签单. */
async function resolvedMatter(clerkToken: string): Promise<{ id: number; code: string }> {
  const visit = await callApi<{ matters: { id: number; code: string }[] }>(host, clerkToken, 'visits.register', walkIn({ name: '签单人', idNumber: nthResidentId(7) }));
  const matter = visit.matters[0]!;
  const admin = await adminToken(host);
  const stations = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.stations', undefined, 'query');
  const police = stations.find((s) => s.name === '派出所')!.id;
  await callApi(host, clerkToken, 'flow.act', { matterId: matter.id, version: 0, action: 'refer', stationId: police, helperStationIds: [], note: '' });
  const policeToken = await tokenOf(host, 'police1', await createUser(host, 'police1', '李警官', 'station', '派出所'), null);
  await callApi(host, policeToken, 'flow.act', { matterId: matter.id, version: 1, action: 'receive', note: '' });
  await callApi(host, policeToken, 'flow.act', { matterId: matter.id, version: 2, action: 'result', result: 'mediated', note: '双方和解' });
  return matter;
}

test('访客屏: paired to the counter, the visitor confirms what was typed, then rates and signs the 签单, and the signature is on the paper', async ({ page, browser }, info) => {
  host = await startTestHost();
  const password = await createUser(host, 'clerk1', '王丽', 'clerk', null);
  const matter = await resolvedMatter(await tokenOf(host, 'clerk1', password));
  await logIn(page, host.url, 'clerk1', password, '1号窗口');
  await expectSignedIn(page, '王丽');

  // Pair: the counter makes a code, the screen (a tablet's browser here) types it.
  await page.getByRole('button', { name: /访客屏/ }).click();
  await page.getByRole('button', { name: '生成配对码' }).click();
  const code = (await page.getByTestId('screen-code').textContent())!;
  const screenContext = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN', hasTouch: true });
  const screen = await screenContext.newPage();
  await screen.goto(`${host.url}/screen`);
  await screen.getByLabel('配对码').fill(code);
  await screen.getByRole('button', { name: '配对' }).click();
  await expect(screen.getByText('欢迎来到综治中心')).toBeVisible();
  await expect(page.getByTestId('screen-status')).toContainText('已配对访客屏');
  await page.screenshot({ path: 'test-results/screens/screen-pair.png' });
  await page.keyboard.press('Escape');

  // 群众点单: what was typed goes to the screen; the visitor confirms it.
  await page.getByLabel('姓名').fill('王大爷');
  await page.getByLabel('诉求内容').fill('院墙滴水，邻居不理。');
  await page.getByRole('button', { name: '请群众核对' }).click();
  await expect(screen.getByText('姓名：王大爷')).toBeVisible();
  await screen.screenshot({ path: 'test-results/screens/screen-confirm.png' });
  await screen.getByRole('button', { name: '信息无误' }).click();
  await expect(page.getByTestId('screen-confirmed')).toHaveText('群众已确认无误');

  // 签单: the result goes to the screen; an empty signature is refused; rated and signed, it comes back.
  await page.goto(`${host.url}/matters/${matter.id}`);
  await page.getByTestId('flow-panel').getByRole('button', { name: '签单' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '请群众评价签名' }).click();
  await expect(screen.getByText('办理结果：调解成功：双方和解')).toBeVisible();
  await screen.getByRole('button', { name: '基本满意' }).click();
  await screen.getByRole('button', { name: '提交评价和签名' }).click();
  await expect(screen.getByRole('alert')).toContainText('请用手指或手写笔在框内签名');
  const pad = await screen.getByTestId('signature-pad').boundingBox();
  const pen = async (points: [number, number][]) => {
    await screen.mouse.move(pad!.x + points[0]![0], pad!.y + points[0]![1]);
    await screen.mouse.down();
    for (const [x, y] of points.slice(1)) await screen.mouse.move(pad!.x + x, pad!.y + y, { steps: 4 });
    await screen.mouse.up();
  };
  await pen([[40, 140], [90, 60], [140, 150], [190, 50], [240, 140]]);
  await pen([[300, 60], [330, 160]]);
  await pen([[380, 100], [460, 90], [520, 130]]);
  await screen.screenshot({ path: 'test-results/screens/screen-sign.png' });
  await screen.getByRole('button', { name: '提交评价和签名' }).click();
  await expect(screen.getByText('谢谢您的评价')).toBeVisible();
  await expect(dialog.getByTestId('screen-rated')).toContainText('群众已在访客屏评价“基本满意”并签名');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已签单').first()).toBeVisible();

  // The 签单确认单 carries the signature.
  const tab = page.context().waitForEvent('page');
  await page.getByRole('button', { name: '打印签单确认单' }).click();
  await tab;
  const papers = await callApi<{ id: number; kind: string }[]>(host, await adminToken(host), 'documents.ofDay', { day: null }, 'query');
  const record = papers.find((p) => p.kind === 'signoff_record')!;
  const { pdfBase64 } = await callApi<{ pdfBase64: string }>(host, await adminToken(host), 'documents.pdf', { documentId: record.id }, 'query');
  const pdf = Buffer.from(pdfBase64, 'base64');
  expect(readPdf(pdf).text).toContain('来访人签名');
  expect(readPdf(pdf).text).toContain('基本满意');
  // Looked at: test-results/documents/signoff-record.png.
  pageImage(pdf, 'signoff-record');
  await info.attach('签单确认单', { body: pdf, contentType: 'application/pdf' });
  await screenContext.close();
});
