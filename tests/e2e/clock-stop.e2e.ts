import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot, takeComplaint } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/** Takes a complaint by keyboard and opens its page (by its address, whether or not the intake moved on to it). */
async function takeAndOpen(page: Page): Promise<{ id: string; number: string }> {
  try {
    return await takeComplaint(page, { timeout: 30_000 });
  } catch {
    const href = await page.getByRole('link', { name: /^TS-\d{8}-/ }).first().getAttribute('href', { timeout: 10_000 });
    const id = href!.split('#/complaints/')[1]!;
    await openComplaint(page, id);
    return { id, number: (await page.getByTestId('complaint-number').textContent())! };
  }
}

async function openDialog(page: Page, trigger: string) {
  await page.getByRole('button', { name: trigger, exact: true }).click();
}

test.setTimeout(300_000);

test('挂起: the handler suspends the deadline for an appraisal and resumes it; the lead sees the suspended days and approves', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  // The lead takes the call and handles it (an agent's refusal to approve is the domain's, tested in unit and integration tests).
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  const { id, number } = await takeAndOpen(page);

  // A phone complaint was taken talking to the complainant: its first contact is met on receipt.
  await expect(page.getByTestId('first-contact-badge')).toHaveAttribute('data-state', 'met');
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'onTrack');

  await openDialog(page, '挂起时限');
  const dialog = page.getByRole('dialog', { name: '挂起处理时限' });
  await expect(dialog).toBeVisible();
  // Nothing filled in: the reasons say what is missing, nothing is saved.
  await dialog.getByRole('button', { name: /^挂\s?起$/ }).click();
  await expect(dialog.getByText('请填写挂起原因')).toBeVisible();
  await expect(dialog.getByText('请填写承办机构')).toBeVisible();
  await dialog.getByLabel('挂起原因').fill('车辆损失金额有争议，需第三方司法鉴定');
  await dialog.getByLabel(/承办机构/).fill('某某司法鉴定所');
  await screenshot(page, 'clock-stop-dialog');
  await dialog.getByRole('button', { name: /^挂\s?起$/ }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'suspended');
  await expect(page.getByTestId('deadline-badge').first()).toContainText('挂起中');
  const panel = page.getByTestId('suspension-panel');
  await expect(panel).toContainText('鉴定');
  await expect(panel).toContainText('某某司法鉴定所');
  await expect(page.locator('[data-kind="clock.suspended"]')).toContainText('挂起处理时限');
  await expect(page.getByTestId('approve-suspension')).toBeVisible();
  await screenshot(page, 'clock-stop-suspended');

  await openDialog(page, '恢复计时');
  const resume = page.getByRole('dialog', { name: '恢复计时' });
  await resume.getByLabel('外部结果').fill('鉴定报告已出：定损 18,600 元');
  await resume.getByRole('button', { name: '恢复计时', exact: true }).click();
  await expect(resume).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'onTrack');
  await expect(panel).toContainText('鉴定报告已出：定损 18,600 元');
  await expect(page.locator('[data-kind="clock.resumed"]')).toContainText('恢复计时');
  await expect(page.getByRole('button', { name: '挂起时限', exact: true })).toBeEnabled();
  await screenshot(page, 'clock-stop-resumed');

  // Suspended again: the lead sees it in the team queue under 挂起中 and may approve it.
  await openDialog(page, '挂起时限');
  await dialog.getByLabel('挂起原因').fill('需第三方检测电器损坏原因');
  await dialog.getByLabel(/承办机构/).fill('某某检测中心');
  await dialog.getByRole('button', { name: /^挂\s?起$/ }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await page.getByRole('menuitem', { name: /团队/ }).click();
  const row = page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row').filter({ hasText: number });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('deadline-badge')).toContainText('挂起中');
  await expect(row.getByTestId('deadline-badge')).toContainText('已挂起');
  await screenshot(page, 'clock-stop-team');
  await openComplaint(page, id);
  await page.getByTestId('approve-suspension').click();
  await page.getByRole('button', { name: /^批\s?准$/ }).click();
  await expect(page.getByTestId('suspension-panel')).toContainText('李强 已批准');
  await screenshot(page, 'clock-stop-approved');
});
