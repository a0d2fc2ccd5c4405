import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot as screenshot, typeInto } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

/** What a shift throws at an agent: issue 10's defects, each reproduced as the agent met it. */
let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

async function start(page: Page, signInAs: Parameters<typeof signIn>[1] = {}) {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, signInAs);
  return host;
}

/** A PBX posting Zammad generic CTI form fields, as Zammad's documentation shows them. */
async function pbx(running: RunningHost, fields: Record<string, string>) {
  const response = await fetch(running.ctiUrl!, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expect(response.status).toBe(200);
}
const ring = (running: RunningHost, callId: string, from: string) => pbx(running, { event: 'newCall', direction: 'in', from, to: '95500', callId });

test('defect 4: after a refused save and a restored draft, the subtype picked again with Alt+3 ↓ Enter is the one saved', async ({ page }) => {
  await start(page);
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张伟');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12ab');
  await page.keyboard.press('Alt+3');
  await expect(page.locator('#intake-complaintSubtype')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-description', '理赔金额比定损少了三千元。');
  await typeInto(page, '#intake-demand', '全额赔付');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('alert').filter({ hasText: '联系电话格式不正确' })).toBeVisible();

  await page.getByRole('menuitem', { name: /我的队列/ }).click();
  await expect(page.locator('#intake-customerName')).toHaveCount(0);
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.locator('#intake-contactPhone')).toHaveValue('12ab');

  await page.locator('#intake-contactPhone').fill('13800138000');
  await page.keyboard.press('Alt+3');
  await expect(page.locator('#intake-complaintSubtype')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-intake-section="type"]')).toContainText('理赔金额争议');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('alert').filter({ hasText: '请选择投诉子类' })).toHaveCount(0);
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-/);
});
