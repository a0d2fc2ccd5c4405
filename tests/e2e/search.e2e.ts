import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot as screenshot } from './support/agent-actions';
import { seedComplaints } from './support/seed-complaints';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/** Ctrl+K, type, wait for the target to be the highlighted first result. */
async function searchFor(page: Page, text: string, complaintId: string) {
  await page.keyboard.press('Control+K');
  const box = page.getByTestId('search-input');
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await expect(page.getByTestId('search-result').first()).toHaveAttribute('data-complaint-id', complaintId);
  await expect(page.getByTestId('search-result').first()).toHaveAttribute('aria-selected', 'true');
}

async function openHighlighted(page: Page, number: string) {
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-input')).toBeHidden();
  await expect(page.getByTestId('complaint-number')).toHaveText(number);
}

test('finds a closed complaint by a two-character word, pinyin initials and the last four digits of a phone, keyboard only', async ({ page }) => {
  const dataDir = newDataDir();
  const closed = await seedComplaints(
    dataDir,
    { customerName: '欧阳娜娜', contactPhone: '139-8765-4321', policyNumber: 'PA2026000777', description: '客户称业务员承诺可随时退保不扣费，现在退保却被扣了手续费。' },
    [
      { customerName: '张伟', contactPhone: '138 0013 8000', description: '车险理赔金额比定损少了三千元。' },
      { customerName: '欧阳修', contactPhone: '021-6234 4321', description: '续保时保费上涨，业务员事先没有说明。' },
      { customerName: '王娜', contactPhone: '13912344321', description: '理赔材料提交后一直没有结果。' },
    ],
  );
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page);

  // A two-character word from what the customer said, on a closed complaint.
  await searchFor(page, '退保', closed.id);
  const first = page.getByTestId('search-result').first();
  await expect(first).toContainText('已关闭');
  await expect(first.locator('mark').first()).toHaveText('退保');
  await expect(page.getByTestId('search-total')).toHaveText('共 1 条');
  await screenshot(page, 'search-two-characters');
  await openHighlighted(page, closed.number);

  // Pinyin initials of the name: the name comes first, highlighted whole.
  await searchFor(page, 'oynn', closed.id);
  await expect(page.getByTestId('search-result')).toHaveCount(1);
  await openHighlighted(page, closed.number);

  // The last four digits of the phone: three complaints end in 4321; ↓ moves, Enter opens the highlighted one.
  // Search opens with the last query selected, so typing replaces it.
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('oynn');
  expect(await page.getByTestId('search-input').evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 4]);
  await page.keyboard.type('4321');
  await expect(page.getByTestId('search-input')).toHaveValue('4321');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('search-result')).toHaveCount(3);
  const results = page.getByTestId('search-result');
  const ids = await results.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-complaint-id')));
  const target = ids.indexOf(closed.id);
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(results.nth(target)).toHaveAttribute('aria-selected', 'true');
  await screenshot(page, 'search-phone-digits');
  await openHighlighted(page, closed.number);

  // Esc returns to where the agent was; a single character asks for one more.
  await page.keyboard.press('Control+K');
  // Keys pressed before the box has focus would not select its last query.
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('退');
  await expect(page.getByTestId('search-too-short')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-input')).toBeHidden();
  await expect(page.getByTestId('complaint-number')).toHaveText(closed.number);

  // The same search in English finds the same complaint, in the same order.
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await searchFor(page, '退保', closed.id);
  await expect(page.getByTestId('search-result').first()).toContainText('Closed');
  await expect(page.getByTestId('search-total')).toHaveText('1 found');
  await screenshot(page, 'search-two-characters');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4321');
  await expect(page.getByTestId('search-result')).toHaveCount(3);
  expect(await page.getByTestId('search-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-complaint-id')))).toEqual(ids);
  await screenshot(page, 'search-phone-digits');
  await page.keyboard.press('Escape');
  await page.getByText('中文', { exact: true }).first().click();
});

test('the top bar search box and empty states say what to do', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await page.getByTestId('topbar-search').focus();
  await page.keyboard.type('张');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('张');
  await expect(page.getByTestId('search-too-short')).toBeVisible();
  await page.keyboard.type('伟');
  await expect(page.getByTestId('search-no-results')).toContainText('没有找到与“张伟”相符的投诉');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await screenshot(page, 'search-empty');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await expect(page.getByText('Ctrl+K', { exact: true }).last()).toBeVisible();
});
