import { expect, test, type Page } from '@playwright/test';
import { residentId, walkIn } from '../main/testing/people';
import { adminToken, callApi } from './api';
import { ADMIN, startTestHost, type TestHost } from './host';
import { logIn } from './login';
import { ensureTestQueue, TEST_QUEUE } from '../main/testing/cupsQueue';

let host: TestHost;
test.beforeEach(async ({ page }) => {
  host = await startTestHost();
  await logIn(page, host.url, ADMIN.username, ADMIN.password, '1号窗口');
  await expect(page.getByLabel('姓名')).toBeFocused();
});
test.afterEach(async () => {
  await host.stop();
});

const ZHANG = residentId('14082819800101123');

async function visitsOf(idNumber: string): Promise<number> {
  const found = await callApi<{ visitCount: number }[]>(host, await adminToken(host), 'visits.lookup', { query: idNumber }, 'query');
  return found[0]?.visitCount ?? 0;
}

/** Types into the 诉求类别 list and takes the option once the list shows it, as a clerk would. */
async function pickCategory(page: Page, name: string) {
  await page.getByLabel('诉求类别').focus();
  await page.keyboard.type(name);
  await expect(page.locator('.ant-select-item-option-active', { hasText: name })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: '受理', exact: true })).toBeFocused();
}

async function fillMinimal(page: Page, name: string, idNumber: string) {
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('身份证号').fill(idNumber);
  await pickCategory(page, '邻里');
  await page.getByLabel('诉求内容').fill('邻居在院墙边堆放柴草，影响通行。');
}

test('a clerk registers a walk-in from the keyboard alone', async ({ page }) => {
  const k = page.keyboard;
  // Enter, then look where the cursor is, as a clerk does before typing on.
  const enterTo = async (label: string) => {
    await k.press('Enter');
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  };
  await k.type('张三');
  await enterTo('证件类型');
  await enterTo('身份证号');
  await k.type(ZHANG.toLowerCase());
  await expect(page.getByTestId('id-reading')).toContainText('山西省运城市夏县 · 1980年1月1日 · 男');
  await expect(page.getByLabel('性别')).toBeDisabled();
  await enterTo('民族'); // 性别 and 出生日期 come from the number
  await enterTo('联系电话');
  await k.type('13800001234');
  await enterTo('现住址');
  await k.type('南大里村');
  await expect(page.getByText('南大里乡 / 南大里村委会')).toBeVisible();
  await k.press('ArrowDown');
  await enterTo('详细地址'); // picks the village
  await k.type('三组 12 号');
  await enterTo('诉求类别');
  await pickCategory(page, '邻里'); // types, picks with Enter, → 受理意见
  await enterTo('诉求内容');
  await k.type('邻居在院墙边堆放柴草，影响通行，多次协商未果。');
  await k.press('Control+Enter');
  await expect(page.getByRole('button', { name: '登记' })).toBeFocused();
  await k.press('Enter');
  await expect(page.getByTestId('visit-no')).toHaveText(/^DJ\d{8}-0001$/);
  await expect(page.getByText(/^SX\d{8}-0001$/)).toBeVisible();
  const [person] = await callApi<{ name: string; maskedId: string; addressText: string; addressCode: string }[]>(host, await adminToken(host), 'visits.lookup', { query: ZHANG }, 'query');
  expect(person).toMatchObject({ name: '张三', maskedId: '1408**********' + ZHANG.slice(-4), addressText: '三组 12 号', addressCode: '140828203200' });
});

test('先行调解: a dispute settled on the spot is accepted and closed in the same registration', async ({ page }) => {
  await page.getByLabel('姓名').fill('李当场');
  await page.getByLabel('身份证号').fill(ZHANG);
  await pickCategory(page, '邻里');
  await page.getByRole('radio', { name: '当场化解' }).check();
  await page.getByLabel('诉求内容').fill('借用农具未还，双方争执。');
  // The visitor's confirmation is asked for before anything is saved.
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('请群众确认；不满意的请受理后派单')).toBeVisible();
  await page.getByLabel('化解情况').fill('经窗口说和，当场归还农具。');
  await page.getByRole('radio', { name: '满意', exact: true }).check();
  await page.screenshot({ path: 'test-results/screens/register-settle.png' });
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  await page.getByRole('link', { name: /^SX\d{8}-0001$/ }).click();
  await expect(page.getByText('已签单').first()).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('当场化解');
  await expect(page.getByTestId('timeline')).toContainText('经窗口说和，当场归还农具。');
});

test('a dispute found by screening says where and by whom', async ({ page }) => {
  // A short list without search: opened and clicked, as a clerk does with the mouse.
  await page.getByLabel('来访方式').click();
  await page.locator('.ant-select-item-option', { hasText: '排查发现' }).click();
  await page.getByLabel('姓名').fill('王排查');
  await page.getByLabel('身份证号').fill(ZHANG);
  await pickCategory(page, '邻里');
  await page.getByLabel('诉求内容').fill('排查发现两户因排水沟发生争执。');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('请填写发现地点')).toBeVisible();
  await page.getByLabel('发现地点').fill('东村三组');
  await page.getByLabel('发现人').fill('张网格');
  await page.screenshot({ path: 'test-results/screens/register-screening.png' });
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
});

test('a repeat visitor is recognised by ID number and by initials, and linked to the earlier matter', async ({ page }) => {
  const token = await adminToken(host);
  const first = await callApi<{ matters: { code: string }[] }>(host, token, 'visits.register', walkIn({ name: '张三', idNumber: ZHANG }));
  const code = first.matters[0]!.code;

  await page.getByLabel('身份证号').fill(ZHANG);
  const panel = page.getByTestId('repeat-panel');
  await expect(panel.getByTestId('visitor-card')).toHaveCount(1);
  await expect(panel).toContainText('张三');
  await expect(panel).toContainText('来访 1 次');
  await expect(panel).toContainText(code);
  await panel.getByRole('button', { name: '关联为重复访' }).click();
  await expect(page.getByText(`关联已有事项：${code}`)).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('张三');
  await page.getByLabel('本次反映内容').fill('柴草仍未清理，再次反映。');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  await expect(page.getByText('重复访')).toBeVisible();
  expect(await visitsOf(ZHANG)).toBe(2);

  await page.getByRole('button', { name: '继续登记' }).click();
  await page.getByLabel('姓名').fill('zs');
  await expect(panel).toContainText('张三');
  await expect(panel).toContainText('来访 2 次');
});

test('a collective visit asks for at most five representatives', async ({ page }) => {
  await page.getByLabel('来访人数').fill('8');
  await expect(page.getByText('集体访', { exact: true })).toBeVisible();
  await expect(page.getByText(/超过 5 人，按集体访登记/)).toBeVisible();
  await fillMinimal(page, '刘建军', residentId('14082819650302101'));
  for (let i = 2; i <= 5; i++) {
    await page.getByRole('button', { name: '添加代表' }).click();
    await page.getByLabel(`第${i}位来访人姓名`).fill(`代表${i}`);
    await page.getByLabel(`第${i}位来访人证件号码`).fill(residentId(`1408281966010100${i}`));
  }
  await expect(page.getByRole('button', { name: '添加代表' })).toHaveCount(0);
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  expect(await visitsOf(residentId('14082819660101005'))).toBe(1);
});

test('a draft survives a reload', async ({ page }) => {
  await fillMinimal(page, '王小红', residentId('14082819920808202'));
  await page.getByLabel('联系电话').fill('13912345678');
  await page.reload();
  await expect(page.getByText(/已恢复未提交的登记/)).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('王小红');
  await expect(page.getByLabel('联系电话')).toHaveValue('13912345678');
  await expect(page.getByLabel('诉求内容')).toHaveValue('邻居在院墙边堆放柴草，影响通行。');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  await page.reload();
  await expect(page.getByText(/已恢复未提交的登记/)).toHaveCount(0);
});

test('a double submit, and a retry after a lost answer, create one visit', async ({ page }) => {
  const id = residentId('14082819780606303');
  await fillMinimal(page, '陈刚', id);
  // The host takes the first submit, but its answer never reaches the window.
  let dropped = false;
  await page.route('**/api/visits.register**', async (route) => {
    if (dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: '登记' }).dblclick();
  await expect(page.getByRole('alert')).toContainText('无法连接受理台主机');
  await expect(page.getByLabel('姓名')).toHaveValue('陈刚');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  expect(await visitsOf(id)).toBe(1);
});

test('a wrong ID number is caught at the form, and a name with markup stays text', async ({ page }) => {
  await page.getByLabel('身份证号').fill('340524198001010011');
  await page.getByLabel('身份证号').blur();
  await expect(page.getByText('身份证号校验位不符，可能有数字输错，请逐位核对')).toBeVisible();
  const markup = '<img src=x onerror=alert(1)>';
  await fillMinimal(page, markup, residentId('14082819880101404'));
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  await page.getByLabel('查找').fill(residentId('14082819880101404'));
  await page.getByLabel('查找').press('Enter');
  await expect(page.getByTestId('find-results').getByRole('link', { name: markup })).toBeVisible();
});

test('with 登记后自动打印回执 on, the receipt goes to the counter printer as soon as the visit is saved', async ({ page }) => {
  ensureTestQueue();
  const admin = await adminToken(host);
  const [counter] = await callApi<{ id: number; name: string }[]>(host, admin, 'admin.counters', undefined, 'query');
  await callApi(host, admin, 'admin.updateCounter', { id: counter!.id, name: counter!.name, active: true, receiptPrinter: TEST_QUEUE, a4Printer: '' });

  await fillMinimal(page, '张三', ZHANG);
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('visit-no')).toBeVisible();
  const auto = page.getByRole('switch', { name: '登记后自动打印回执' });
  await expect(auto).not.toBeChecked();
  await auto.click();
  await page.getByRole('button', { name: '继续登记' }).click();

  await fillMinimal(page, '李四', residentId('14082819850302101'));
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText(`已送打印机“${TEST_QUEUE}”`)).toBeVisible();
  await expect(page.getByRole('switch', { name: '登记后自动打印回执' })).toBeChecked();
  const docs = await callApi<{ kind: string; prints: number }[]>(host, admin, 'documents.ofDay', { day: null }, 'query');
  expect(docs.map((d) => [d.kind, d.prints])).toEqual([['receipt', 1]]);
});
