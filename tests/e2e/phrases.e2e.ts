import { expect, test, type Page } from '@playwright/test';
import { screenshot as takeScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

const NEW_PHRASE = '我已为您申请加急复核，三个工作日内给您答复。';


/** The card, scrolled into view, with antd's motions finished, so the picture shows what the admin sees. */
async function screenshotCard(page: Page, name: string) {
  await page.getByTestId('phrase-book').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await takeScreenshot(page, name);
}

async function openSettings(page: Page) {
  await page.getByRole('menuitem', { name: /设置|Settings/ }).click();
  await expect(page.getByTestId('phrase-book')).toBeVisible();
}

test('an admin edits the suggested phrases of a complaint type, the intake shows them, an agent only reads them', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('phrases.set')) saves.push(request.url());
  });
  await signIn(page, { name: '陈静', id: 'M3001', role: '管理员' });
  await openSettings(page);

  const card = page.getByTestId('phrase-book');
  await card.getByRole('tab', { name: '理赔纠纷' }).click();
  const zh = card.getByRole('tabpanel').getByTestId('phrase-list-zh-CN');
  await expect(zh.getByRole('textbox')).toHaveCount(3);
  await expect(zh.getByRole('textbox').first()).toHaveValue(/理赔结果/);

  // Edit the first phrase, add one, and leave the added one empty.
  await zh.getByRole('textbox', { name: '中文话术第 1 条' }).fill('我理解理赔结果和您的预期有差距，我们一起把每一项核对清楚。');
  await zh.getByRole('button', { name: '添加话术（中文）' }).click();
  const added = zh.getByRole('textbox', { name: '中文话术第 4 条' });
  await expect(added).toBeFocused();
  await page.keyboard.type('   ');
  await card.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(zh.getByRole('alert')).toHaveText('话术不能为空');
  await expect(added).toBeFocused();
  await screenshotCard(page, 'phrase-book-error');

  // Nothing went to the desk; the edits stay in the form when the admin looks at another type and back.
  expect(saves).toHaveLength(0);
  await card.getByRole('tab', { name: '合同条款' }).click();
  await card.getByRole('tab', { name: '理赔纠纷' }).click();
  await expect(zh.getByRole('textbox')).toHaveCount(4);

  // Fix it and save with Ctrl+S from inside the card.
  await added.fill(NEW_PHRASE);
  await expect(zh.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Control+S');
  await expect(page.getByText('参考话术已保存')).toBeVisible();
  expect(saves).toHaveLength(1);
  await screenshotCard(page, 'phrase-book');

  // "Restore defaults" puts back the chosen type's phrases, for the admin to save.
  await card.getByRole('tab', { name: '服务质量问题' }).click();
  const service = card.getByRole('tabpanel').getByTestId('phrase-list-zh-CN');
  await service.getByRole('button', { name: '删除中文话术第 1 条' }).click();
  await expect(service.getByRole('textbox')).toHaveCount(2);
  await card.getByRole('button', { name: '恢复此类型的默认话术' }).click();
  await expect(service.getByRole('textbox')).toHaveCount(3);
  await expect(service.getByRole('textbox').first()).toHaveValue(/真诚道歉/);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0); // the Chinese toast is gone before the English picture

  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await card.getByRole('tab', { name: 'Claims dispute' }).click();
  await expect(card.getByRole('tabpanel').getByTestId('phrase-list-en').getByRole('textbox').first()).toHaveValue(/settlement/);
  await screenshotCard(page, 'phrase-book');
  await page.getByRole('banner').getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // The intake shows the saved phrases for 理赔纠纷.
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.locator('#intake-complaintType').focus();
  await page.keyboard.type('理赔');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('suggested-phrases');
  await expect(panel).toContainText(NEW_PHRASE);
  await expect(panel).toContainText('我们一起把每一项核对清楚');

  // Another agent at the desk sees the phrases but cannot change them.
  await openSettings(page);
  await page.getByRole('button', { name: '更换坐席' }).click();
  await signIn(page, { name: '王芳', id: 'A1001', role: '坐席' });
  await openSettings(page);
  await card.getByRole('tab', { name: '理赔纠纷' }).click();
  await expect(zh.getByRole('textbox', { name: '中文话术第 4 条' })).toHaveValue(NEW_PHRASE);
  await expect(zh.getByRole('textbox', { name: '中文话术第 4 条' })).toHaveAttribute('readonly');
  await expect(card.getByText('只有管理员可以修改参考话术。')).toBeVisible();
  await expect(card.getByRole('button', { name: /^保\s?存$/ })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /添加/ })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /删除/ })).toHaveCount(0);
  await screenshotCard(page, 'phrase-book-read-only');
});
