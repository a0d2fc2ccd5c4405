import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot } from './support/agent-actions';
import { seedClosedComplaints } from './support/seed-closed';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test.setTimeout(300_000);

/** 核查申请 on a closed complaint's page: the dialog, the grounds typed, saved; the review complaint's page opens. */
async function requestReview(page: Page, grounds: string): Promise<ReturnType<Page['getByRole']>> {
  await page.getByTestId('review-request-open').click();
  const dialog = page.getByRole('dialog', { name: '登记核查申请' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('异议内容及核查诉求').fill(grounds);
  return dialog;
}

test('核查: a closed complaint\'s review request opens a linked review complaint; a late request is recorded and flagged', async ({ page }) => {
  const dataDir = newDataDir();
  // Decided on 2026-12-05, and 60 days before it: the second decision reached the complainant long ago.
  const [recent, old] = await seedClosedComplaints(dataDir, [{ daysAgo: 0 }, { daysAgo: 60, intake: { policyNumber: 'P2026-000456', contactPhone: '139 0013 9000' } }]);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page);

  await openComplaint(page, recent!.id);
  const links = page.getByTestId('review-links');
  await expect(links).toContainText('暂无核查申请');
  const dialog = await requestReview(page, '对补付金额有异议，申请核查');
  // Received when decided, asked now: within the 30 days, so no late warning.
  await expect(dialog.getByTestId('review-request-late')).toHaveCount(0);
  await screenshot(page, 'review-request-dialog');
  await dialog.getByRole('button', { name: '登记并打开核查投诉' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  // The review complaint: its own number and deadline, and the link back to the original.
  const reviewOf = page.getByTestId('review-of');
  await expect(reviewOf).toContainText(`核查：原投诉 ${recent!.number}`);
  await expect(page.getByTestId('complaint-number')).not.toHaveText(recent!.number);
  const reviewNumber = (await page.getByTestId('complaint-number').textContent())!;
  await expect(page.getByTestId('review-late')).toHaveCount(0);
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'onTrack');
  await expect(page.locator('[data-kind="complaint.reviewRequested"]')).toContainText('登记核查申请');
  await screenshot(page, 'review-request-review');

  // Back on the original: it lists its review, and a second request is refused with the reason.
  await reviewOf.getByRole('link', { name: recent!.number }).click();
  await expect(page.getByTestId('complaint-number')).toHaveText(recent!.number);
  await expect(page.getByTestId('review-link')).toHaveCount(1);
  await expect(page.getByTestId('review-link')).toContainText(reviewNumber);
  await expect(page.getByTestId('review-request-open')).toBeDisabled();
  await expect(links.getByTestId('disabled-reason')).toHaveAttribute('aria-label', '该投诉已有核查申请，请在已有的核查投诉中处理。');
  await screenshot(page, 'review-request-original');
  await page.getByTestId('review-link').getByRole('link', { name: reviewNumber }).click();
  await expect(page.getByTestId('complaint-number')).toHaveText(reviewNumber);

  // The decision closed 60 days ago reached the complainant then: a request now is late, recorded and flagged.
  await openComplaint(page, old!.id);
  const late = await requestReview(page, '处理决定收到后一直在外地，现申请核查');
  await expect(late.getByTestId('review-request-late')).toContainText('逾期申请');
  await screenshot(page, 'review-request-late-dialog');
  await late.getByRole('button', { name: '登记并打开核查投诉' }).click();
  await expect(late).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('review-of')).toContainText(old!.number);
  await expect(page.getByTestId('review-late')).toHaveText('逾期申请');
  await screenshot(page, 'review-request-late');
  await page.getByTestId('review-of').getByRole('link', { name: old!.number }).click();
  await expect(page.getByTestId('review-link')).toContainText('逾期申请');
});
