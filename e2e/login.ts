import { expect, type Locator, type Page } from '@playwright/test';

export async function logIn(page: Page, url: string, username: string, password: string, counter?: string) {
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  if (counter) {
    await page.getByLabel('窗口').click();
    await page.getByTitle(counter).click();
  }
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * Signed in and on the first page: a click made while the shell still redirects from / is lost. (A
 * first sign-in stays at / with the password change in place of any page.)
 */
export async function expectSignedIn(page: Page, displayName: string) {
  await expect(page.getByTestId('header-user')).toContainText(displayName);
  const atRoot = () => /^https?:\/\/[^/]+\/$/.test(page.url());
  await expect.poll(async () => !atRoot() || (await page.getByLabel('原密码').count()) > 0).toBe(true);
}

/**
 * A modal that has finished opening: its field takes input and antd's zoom-in motion is over. A
 * button pressed while the dialog still grows can miss its handler on a loaded machine.
 */
export async function modalReady(dialog: Locator, field: string): Promise<void> {
  await expect(dialog.getByLabel(field)).toBeEditable();
  await expect(dialog.page().locator('.ant-modal[class*="ant-zoom-"]')).toHaveCount(0);
}

/** Types a day into a 年-月-日 picker and takes it, as a clerk does with the keyboard. */
export async function typeDay(page: Page, label: string, day: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
}

/**
 * Picks an option of a searchable list by typing it and pressing Enter, as a clerk does, and waits
 * until the list has closed (a list left open covers the dialog's buttons).
 */
export async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = scope.getByLabel(label);
  await field.click();
  await field.fill(option);
  await expect(page.locator('.ant-select-item-option-active', { hasText: option })).toBeVisible();
  await field.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}
