import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('leaving the intake mid-word keeps the last keystrokes in the draft', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张伟');
  await page.keyboard.press('Tab');
  await page.keyboard.type('13800138000');
  // Straight away, well inside the autosave delay.
  await page.getByRole('menuitem', { name: '我的队列' }).click();
  await expect(page.locator('#intake-customerName')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('signed-in-agent')).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.locator('#intake-customerName')).toHaveValue('张伟');
  await expect(page.locator('#intake-contactPhone')).toHaveValue('13800138000');
});

test('an autosave that cannot reach the desk says so instead of failing silently', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张');
  await expect(page.getByTestId('draft-saved')).toBeVisible();
  await host.stop('SIGKILL');
  await page.keyboard.type('伟');
  await expect(page.getByRole('alert').filter({ hasText: '草稿未能自动保存' })).toBeVisible();
});
