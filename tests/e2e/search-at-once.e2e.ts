import { expect, test } from '@playwright/test';
import { settledScreenshot as screenshot, takeComplaint } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('a complaint just saved is found by search at once, by its number, a word of its text and its phone', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);

  const saved = await takeComplaint(page, { phone: '139 2468 1357' });
  // Straight from the saved page to search: no wait for the index.
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(saved.number);
  const first = page.getByTestId('search-result').first();
  await expect(first).toHaveAttribute('data-complaint-id', saved.id, { timeout: 2_000 });
  await expect(page.getByTestId('search-total')).toHaveText('共 1 条');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('定损');
  await expect(first).toHaveAttribute('data-complaint-id', saved.id, { timeout: 2_000 });
  await expect(first.locator('mark').first()).toHaveText('定损');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('1357');
  await expect(first).toHaveAttribute('data-complaint-id', saved.id, { timeout: 2_000 });
  await expect(page.getByTestId('search-unindexed')).toHaveCount(0);
  await expect(page.getByTestId('search-index-progress')).toHaveCount(0);
  await screenshot(page, 'search-saved-at-once');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('complaint-number')).toHaveText(saved.number);
});
