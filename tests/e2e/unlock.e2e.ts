import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshots';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/**
 * The passphrase prompt is the Electron shell's (Linux without a keychain), which cannot run here; the
 * page is the same renderer, so the shell's "locked" answers are played to it over the web host's API.
 */
test('without a keychain the agent sets the passphrase, twice, before the desk opens', async ({ page }) => {
  host = await startHost(newDataDir());
  let locked = true;
  const unlocks: unknown[] = [];
  await page.route('**/api/*', async (route) => {
    const call = new URL(route.request().url()).pathname.split('/').at(-1);
    if (call === 'desk.unlock') {
      unlocks.push(route.request().postDataJSON());
      locked = false;
      return route.fulfill({ json: { ok: true, value: {} } });
    }
    if (locked) return route.fulfill({ json: { ok: false, error: { code: 'unauthenticated', messageKey: 'unlock.needed', params: { firstRun: 1 } } } });
    return route.fallback();
  });
  await page.goto(host.url);
  await expect(page.getByText('设置保护客户数据的口令')).toBeVisible();
  await expect(page.locator('#unlock-passphrase')).toBeFocused();
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('口令至少需要 8 个字符');
  await page.locator('#unlock-passphrase').fill('correct horse battery');
  await page.locator('#unlock-repeat').fill('correct horse batter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('两次输入的口令不一致');
  expect(unlocks).toEqual([]);
  await screenshot(page, 'unlock-set-passphrase');
  await page.locator('#unlock-repeat').fill('correct horse battery');
  await page.keyboard.press('Enter');
  await expect(page.locator('#employee-no')).toBeVisible();
  expect(unlocks).toEqual([{ passphrase: 'correct horse battery' }]);
});
