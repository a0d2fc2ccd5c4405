import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshots';
import { DEMO_PASSWORD } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('every screen renders in both languages without missing texts', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  for (const [language, switchLabel] of [['en', 'English'], ['zh-CN', '中文']] as const) {
    await page.getByText(switchLabel, { exact: true }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    if (await page.getByRole('button', { name: /^登\s?录$|^Sign in$/ }).isVisible()) {
      await screenshot(page, 'sign-in');
      await page.locator('#employee-no').fill('A1001');
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /^登\s?录$|^Sign in$/ }).click();
    }
    await expect(page.getByTestId('signed-in-agent')).toBeVisible();
    await screenshot(page, 'my-complaints-empty');
    await page.getByRole('menuitem', { name: /新建投诉|New complaint/ }).click();
    await expect(page.locator('#intake-customerName')).toBeFocused();
    await screenshot(page, 'intake');
    await page.getByRole('menuitem', { name: /设置|Settings/ }).click();
    await expect(page.getByText(/A1001/).first()).toBeVisible();
    await screenshot(page, 'settings');
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/\b(nav|intake|complaints|settings|session|errors|validation|stage|status)\.[a-zA-Z]/);
    await page.getByRole('menuitem', { name: /我的队列|My queue/ }).click();
  }
});
