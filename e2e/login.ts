import { expect, type Page } from '@playwright/test';

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

export async function expectSignedIn(page: Page, displayName: string) {
  await expect(page.getByTestId('header-user')).toContainText(displayName);
}
