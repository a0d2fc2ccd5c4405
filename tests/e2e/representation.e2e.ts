import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot, takeComplaint } from './support/agent-actions';
import { POLICYHOLDERS_AGENT, registerOnBehalfOfPolicyholder } from './support/on-behalf';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/** Takes a complaint by keyboard and opens its page (by its address, whether or not the intake moved on to it). */
async function takeAndOpen(page: Page): Promise<void> {
  try {
    await takeComplaint(page, { timeout: 5000 });
  } catch {
    await page.getByRole('menuitem', { name: /我的队列/ }).click();
    const href = await page.getByRole('link', { name: /^TS-\d{8}-/ }).first().getAttribute('href');
    await openComplaint(page, href!.split('#/complaints/')[1]!);
  }
}

test('intake on behalf of a policyholder by an agent with a 授权委托书: refused without it, registered with it, on the regulator axes', async ({ page }, testInfo) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { name: '王芳', id: 'A1001' });
  await takeAndOpen(page);
  await expect(page.getByTestId('stage-form-intake')).toBeVisible();
  await page.getByTestId('stage-form-intake').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-bar').locator('.ant-steps-item-process')).toContainText(/投诉登记/);

  // An agent named without the 授权委托书: the form says what the regulation requires.
  await page.getByTestId('representation-fields').getByLabel('委托代理人', { exact: true }).check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('委托投诉须附授权委托书')).toBeVisible();
  await expect(page.getByText('请填写受托人姓名')).toBeVisible();
  await screenshot(page, 'representation-errors');

  await registerOnBehalfOfPolicyholder(page, testInfo.outputPath('files'));
  await screenshot(page, 'representation-filled');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-bar').locator('.ant-steps-item-process')).toContainText(/问题分析/);

  // The completed stages are folded under the form: open 投诉登记's record.
  await page.getByRole('button', { name: /投诉登记/ }).last().click();
  const record = page.getByTestId('stage-record-registration');
  await expect(record).toContainText(POLICYHOLDERS_AGENT.name);
  await expect(record).toContainText('委托代理人');
  await expect(record).toContainText(POLICYHOLDERS_AGENT.idNumber);
  await screenshot(page, 'representation-registered');
});
