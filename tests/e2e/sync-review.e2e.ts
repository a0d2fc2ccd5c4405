import { expect as baseExpect, test, type Page } from '@playwright/test';
import { settledScreenshot as screenshot, takeComplaint as takeComplaintBy } from './support/agent-actions';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

/** Two hosts, a server and a browser on a shared 2-core machine: screens may take longer than the run's 10 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ actionTimeout: 30_000 });

const twoDesks = twoDesksOnOwnServer('sync-review-e2e-server');

/** Takes a complaint by keyboard, with this spec's patience and without a policy number (the caller's two complaints differ by phone only). */
const takeComplaint = (page: Page, phone: string) => takeComplaintBy(page, { phone, policyNumber: null, timeout: 30_000 });

async function openComplaint(page: Page, id: string, number: string) {
  await goToComplaint(page, id);
  await expect(page.getByTestId('complaint-number')).toHaveText(number);
}

/** Corrects the customer's phone on the open complaint page (修改联系方式). */
async function editPhone(page: Page, phone: string) {
  await page.getByRole('button', { name: '修改联系方式' }).click();
  const dialog = page.getByTestId('contact-dialog');
  await dialog.locator('#wf-contactPhone').fill(phone);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
}

test('desk A works offline; the lead on desk B sees its work, and resolves a conflicting edit of the contact details in the review queue', async ({ browser }) => {
  test.setTimeout(420_000);
  // Desk A reaches the server through a link that can be cut; desk B directly.
  const { pageA, pageB, link } = await twoDesks(browser, { cuttableLinkForA: true });

  // A takes a complaint while online; the lead has it.
  const first = await takeComplaint(pageA, '138 0013 8000');
  await syncedNow(pageA);
  await syncUntil(
    pageB,
    async () => {
      await goToComplaint(pageB, first.id);
      await expect(pageB.getByTestId('complaint-number')).toHaveText(first.number, { timeout: 3_000 });
    },
    60_000,
  );

  // A's link goes down: A works on: corrects the phone, notes it, takes another complaint.
  await link!.cut();
  await openComplaint(pageA, first.id, first.number);
  await editPhone(pageA, '139 0000 1111');
  await pageA.getByRole('tab', { name: /内部备注/ }).click();
  await pageA.locator('#wf-text').fill('客户来电更正了手机号。');
  await pageA.getByRole('button', { name: '添加内部备注' }).click();
  await expect(pageA.getByTestId('note')).toContainText('客户来电更正了手机号');
  const second = await takeComplaint(pageA, '136 5555 6666');
  await pageA.getByTestId('sync-now').click();
  await expect(pageA.getByTestId('sync-offline')).toContainText('离线 · 3 条待发送', { timeout: 15_000 });

  // Meanwhile the lead, online, changes the same phone differently: it reaches the server first.
  await openComplaint(pageB, first.id, first.number);
  await editPhone(pageB, '137 2222 3333');
  await syncedNow(pageB);

  // A's link returns: its outbox drains; the server keeps the lead's phone and flags the complaint.
  await link!.restore();
  await syncedNow(pageA);
  await expect(pageA.getByTestId('sync-summary')).not.toContainText('待发送');

  // The lead sees A's offline work, and the complaint in review.
  await syncUntil(
    pageB,
    async () => {
      await goToComplaint(pageB, second.id);
      await expect(pageB.getByTestId('complaint-number')).toHaveText(second.number, { timeout: 3_000 });
    },
    60_000,
  );
  await openComplaint(pageB, first.id, first.number);
  await expect(pageB.getByTestId('complaint-needs-review')).toHaveText('待复核');
  await pageB.getByRole('tab', { name: /内部备注/ }).click();
  await expect(pageB.getByTestId('note')).toContainText('客户来电更正了手机号');
  await screenshot(pageB, 'sync-review-complaint');

  // The review queue: both phones, who and when; the lead takes A's phone with the keyboard and confirms.
  await pageB.getByRole('menuitem', { name: /同步/ }).click();
  const item = pageB.getByTestId('review-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(first.number);
  await expect(item.getByTestId('review-server-value')).toContainText('137 2222 3333');
  await expect(item.getByTestId('review-desk-value')).toContainText('139 0000 1111');
  await expect(item).toContainText('王芳（A1001）');
  await expect(item.getByTestId('review-confirm')).toBeDisabled();
  await screenshot(pageB, 'sync-review-queue');
  await pageB.getByText('English', { exact: true }).click();
  await expect(item).toContainText("Take the desk's value");
  await screenshot(pageB, 'sync-review-queue');
  await pageB.getByText('中文', { exact: true }).click();
  await item.getByRole('radio', { name: '保留服务器的值' }).focus();
  await pageB.keyboard.press('ArrowRight');
  await expect(item.getByRole('radio', { name: '采用工作台提交的值' })).toBeChecked();
  await item.getByTestId('review-confirm').focus();
  await pageB.keyboard.press('Enter');
  await expect(pageB.getByTestId('sync-review')).toContainText('没有需要复核的投诉。');
  await screenshot(pageB, 'sync-review-resolved');

  // The choice reaches the server and desk A: A's phone, no review, the timeline says who chose what.
  await syncedNow(pageB);
  await openComplaint(pageB, first.id, first.number);
  await expect(pageB.getByTestId('complaint-needs-review')).toHaveCount(0);
  await syncUntil(
    pageA,
    async () => {
      await goToComplaint(pageA, first.id);
      await expect(pageA.locator('[data-kind="review.resolved"]')).toBeVisible({ timeout: 3_000 });
    },
    60_000,
  );
  await expect(pageA.locator('[data-kind="review.resolved"]').locator('..')).toContainText('采用工作台提交的值');
  await expect(pageA.getByText('139 0000 1111').first()).toBeVisible();
  await screenshot(pageA, 'sync-review-agent-timeline');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.locator('[data-kind="review.resolved"]')).toContainText('Review resolved');
  await screenshot(pageA, 'sync-review-agent-timeline');
});
