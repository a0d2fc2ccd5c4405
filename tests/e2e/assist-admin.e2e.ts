import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot, signOut } from './support/agent-actions';
import { AxeFindings } from './support/axe';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

async function inBothLanguages(page: Page, name: string, english: () => Promise<void>) {
  await settledScreenshot(page, name);
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await english();
  await settledScreenshot(page, name);
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

test('an admin adds a watch phrase; an agent typing it at intake is offered the 扬言投诉升级 tag', async ({ page }) => {
  test.setTimeout(300_000);
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { id: 'M3001', name: '陈静' });
  await page.evaluate(() => (window.location.hash = '#/admin'));
  await page.getByRole('tab', { name: '智能辅助' }).click();
  const editor = page.getByTestId('watch-list-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('classifier-info')).toContainText('尚未训练分类模型');

  // A phrase already on the list is refused, next to the field; training with no closed complaints says what it needs.
  await page.locator('#watch-phrase').fill('记者');
  await page.locator('#watch-phrase').press('Enter');
  await expect(editor.getByText('监测词不能重复。')).toBeVisible();
  await expect(page.locator('#watch-phrase')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('train-classifier').click();
  await expect(page.getByTestId('classifier-card').getByRole('alert')).toContainText('不足 20 条');
  // The pointer off the button it clicked: antd's hover blue (#2e7ae6, 4.16:1) is the theme's, not this screen's.
  await page.mouse.move(0, 0);
  const axe = new AxeFindings();
  await axe.scan(page, 'assist admin, refusals shown', { within: '[data-testid="assist-admin"]' });
  await inBothLanguages(page, 'assist-admin-refused', async () => {
    await expect(editor.getByText('Each phrase only once.')).toBeVisible();
    await expect(page.getByTestId('classifier-card').getByRole('alert')).toContainText('Fewer than 20 closed complaints');
    await axe.scan(page, 'assist admin, refusals shown', { within: '[data-testid="assist-admin"]' });
  });
  expect(axe.violations, axe.report()).toEqual([]);

  // 央视 added and saved on the server.
  await page.locator('#watch-phrase').fill('央视');
  await page.locator('#watch-phrase').press('Enter');
  await expect(editor.getByText('监测词不能重复。')).toHaveCount(0);
  await expect(page.getByTestId('watch-phrases')).toContainText('央视');
  await expect(page.getByTestId('watch-list-count')).toContainText('共 28 个');
  await page.getByTestId('save-watch-list').click();
  await expect(page.getByText('监测词已保存')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('save-watch-list')).toBeDisabled();
  await expect(page.getByTestId('watch-phrases')).toContainText('央视');
  await inBothLanguages(page, 'assist-admin-saved', async () => {
    await expect(page.getByRole('button', { name: 'Remove the phrase "央视"' })).toBeVisible();
  });

  // An agent on this desk types it at intake: the escalation is suggested, not set.
  await signOut(page);
  await signIn(page, { timeout: 60_000 });
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.locator('#intake-description').focus();
  await page.keyboard.type('理赔拖了两个月还没到账，我已经联系了央视的朋友', { delay: 15 });
  await expect(page.getByTestId('escalation-risk')).toContainText('央视');
  await expect(page.getByRole('checkbox', { name: '扬言投诉升级' })).toHaveAttribute('aria-checked', 'false');
  await inBothLanguages(page, 'assist-admin-intake', async () => {
    await expect(page.getByTestId('escalation-risk')).toContainText('央视');
  });
});
