import { expect, test } from '@playwright/test';
import { settledScreenshot as screenshot, typeInto } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('a complaint just saved is found by search at once: by its number, a word of its text, its phone and its name', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);

  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('慕容复');
  await typeInto(page, '#intake-contactPhone', '139 2468 1357');
  await typeInto(page, '#intake-complaintType', '理赔');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-complaintSubtype', '金额');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-description', '车险理赔金额比定损少了三千元，客户认为不合理。');
  await typeInto(page, '#intake-demand', '按定损金额全额赔付');
  await page.keyboard.press('Control+S');
  // The moment it says saved, search: no wait for the index.
  const notice = page.getByRole('alert').filter({ hasText: /TS-\d{8}-[0-9A-HJKMNP-TV-Z]{8}/ });
  await expect(notice).toBeVisible();
  const saved = { number: (await notice.textContent())!.match(/TS-\d{8}-[0-9A-HJKMNP-TV-Z]{8}/)![0], id: '' };
  await expect(page).toHaveURL(/#\/complaints\/[0-9a-f-]{36}$/);
  saved.id = page.url().split('#/complaints/')[1]!;
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(saved.number);
  const first = page.getByTestId('search-result').first();
  await expect(first).toHaveAttribute('data-complaint-id', saved.id);
  await expect(page.getByTestId('search-total')).toHaveText('共 1 条');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('定损');
  await expect(first).toHaveAttribute('data-complaint-id', saved.id);
  await expect(first.locator('mark').first()).toHaveText('定损');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('1357');
  await expect(first).toHaveAttribute('data-complaint-id', saved.id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('mrf');
  await expect(first).toHaveAttribute('data-complaint-id', saved.id);
  await expect(page.getByTestId('search-unindexed')).toHaveCount(0);
  await expect(page.getByTestId('search-index-progress')).toHaveCount(0);
  await screenshot(page, 'search-saved-at-once');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-input')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/complaints/${saved.id}$`));
});
