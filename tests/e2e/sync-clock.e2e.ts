import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { settledScreenshot as screenshot, takeComplaint, typeInto } from './support/agent-actions';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

/** Two hosts, a server and a browser on a shared 2-core machine: screens may take longer than the run's 10 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

test.use({ actionTimeout: 30_000 });

const twoDesks = twoDesksOnOwnServer('sync-clock-e2e-server');

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Desk A's machine clock runs 18 minutes fast (its host and its browser alike). */
const AHEAD_MS = 18 * MINUTE_MS;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** A time as the intake's call time field takes it, in Asia/Shanghai (the browser's zone in these tests). */
const shanghaiMinute = (ms: number) => new Date(ms + 8 * 60 * MINUTE_MS).toISOString().slice(0, 16).replace('T', ' ');
const minutesBetween = (from: string, to: string) => (Date.parse(to.replace(' ', 'T')) - Date.parse(from.replace(' ', 'T'))) / MINUTE_MS;

/** Takes a complaint by keyboard whose call was `callTime` (a complaint taken offline days ago and only now synced). */
async function takeComplaintCalledAt(page: Page, callTime: string): Promise<{ id: string; number: string }> {
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('李娜');
  await typeInto(page, '#intake-contactPhone', '139 0013 9000');
  await page.locator('#intake-callTime').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(callTime);
  await page.keyboard.press('Enter');
  await expect(page.locator('#intake-callTime')).toHaveValue(callTime, { timeout: 5_000 }).catch(async () => {
    // The picker can take a date typed while its panel was still opening as a partial edit: type it again, as a person would.
    await page.locator('#intake-callTime').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(callTime);
    await page.keyboard.press('Enter');
  });
  await expect(page.locator('#intake-callTime')).toHaveValue(callTime);
  await typeInto(page, '#intake-complaintType', '理赔');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-complaintSubtype', '金额');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-description', '客户在分公司断网期间来电投诉理赔金额。');
  await typeInto(page, '#intake-demand', '按定损金额全额赔付');
  // The mouse leaves the call time field: the saved message shows where it was, and antd holds a hovered message open.
  await page.mouse.move(5, 700);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-/);
  return { id: page.url().split('#/complaints/')[1]!, number: (await page.getByTestId('complaint-number').textContent())! };
}

/** The receipt-time conflict of one complaint in the lead's review queue. */
const receiptConflict = (page: Page, number: string): Locator =>
  page.getByTestId('review-item').filter({ hasText: number }).locator('[data-testid="review-conflict"][data-field="receivedAt"]');

async function valuesOf(conflict: Locator): Promise<{ server: string; desk: string }> {
  const server = (await conflict.getByTestId('review-server-value').textContent())!;
  const desk = (await conflict.getByTestId('review-desk-value').textContent())!;
  expect(server).toMatch(DATE_TIME);
  expect(desk).toMatch(DATE_TIME);
  return { server, desk };
}

/** Picks one side of a conflict with the keyboard (focus, space). */
async function choose(page: Page, conflict: Locator, label: string): Promise<void> {
  await conflict.getByRole('radio', { name: label }).focus();
  await page.keyboard.press('Space');
  await expect(conflict.getByRole('radio', { name: label })).toBeChecked();
}

async function bothLanguages(page: Page, name: string, inEnglish: () => Promise<void>): Promise<void> {
  await screenshot(page, name);
  await page.getByText('English', { exact: true }).click();
  await inEnglish();
  await screenshot(page, name);
  await page.getByText('中文', { exact: true }).click();
}

test('a desk whose clock is 18 minutes fast is warned and sees what the server corrected; the lead reviews receipt times and resolves them', async ({ browser }) => {
  test.setTimeout(360_000);
  const { pageA, pageB } = await twoDesks(browser, { clockOffsetMsForA: AHEAD_MS });

  // After its first exchange with the server, desk A knows its clock is off: a calm warning says by how much.
  const skewed = await takeComplaint(pageA, { phone: '138 0013 8000', policyNumber: null, timeout: 30_000 });
  await syncedNow(pageA);
  const warning = pageA.getByTestId('clock-warning');
  await expect(warning).toHaveText('本机时钟比服务器快 18 分钟：请校准系统时间。同步时服务器会按其时钟更正时间。');
  await bothLanguages(pageA, 'sync-clock-warning', () => expect(warning).toContainText("This desk's clock is 18 minutes ahead of the server's"));

  // 同步 lists the times of A's new complaint the server moved by its clock, each with why.
  await pageA.getByRole('menuitem', { name: /同步/ }).click();
  const corrections = pageA.getByTestId('clock-corrections');
  const callTime = corrections.locator('tr.ant-table-row', { hasText: '来电时间' });
  await expect(callTime).toHaveCount(1);
  await expect(callTime).toContainText(skewed.number);
  await expect(callTime).toContainText('新建投诉');
  await expect(callTime).toContainText('本机时钟与服务器相差 18 分钟，服务器已按其时钟更正');
  await expect(corrections.locator('tr.ant-table-row', { hasText: '修改时间' })).toHaveCount(1);
  await bothLanguages(pageA, 'sync-clock-corrections', () =>
    expect(corrections.locator('tr.ant-table-row', { hasText: 'Call time' })).toContainText("The desk's clock was 18 minutes off the server's"),
  );

  // The lead's desk (on time) has no warning and nothing of its own corrected.
  await syncUntil(
    pageB,
    async () => {
      await goToComplaint(pageB, skewed.id);
      await expect(pageB.getByTestId('complaint-number')).toHaveText(skewed.number, { timeout: 3_000 });
    },
    60_000,
  );
  await expect(pageB.getByTestId('complaint-needs-review')).toHaveText('待复核');
  await expect(pageB.getByTestId('clock-warning')).toHaveCount(0);
  await pageB.getByRole('menuitem', { name: /同步/ }).click();
  await expect(pageB.getByTestId('clock-corrections-empty')).toHaveText('自本机启动以来，服务器没有更正过您的修改中的时间。');

  // The lead takes a complaint whose call was 20 days ago (taken offline, synced only now): beyond the 14-day offline window.
  const late = await takeComplaintCalledAt(pageB, shanghaiMinute(Date.now() - 20 * DAY_MS));
  await syncedNow(pageB);
  await pageB.getByRole('menuitem', { name: /同步/ }).click();
  await expect(pageB.getByTestId('review-item')).toHaveCount(2);
  await expect(pageB.getByTestId('clock-corrections').locator('tr.ant-table-row', { hasText: late.number })).toContainText('离线受理 20 天后才送达服务器');

  // A skewed receipt: 受理时间, both times as dates and times 18 minutes apart, and why, in words that fit the reason.
  const skewConflict = receiptConflict(pageB, skewed.number);
  await expect(skewConflict).toContainText('受理时间');
  await expect(skewConflict.getByTestId('review-reason')).toContainText('受理这条投诉的工作台时钟与服务器相差 18 分钟');
  await expect(skewConflict).toContainText('服务器更正后（当前）');
  await expect(skewConflict).toContainText('工作台记录的来电时间');
  const skewValues = await valuesOf(skewConflict);
  expect(minutesBetween(skewValues.server, skewValues.desk)).toBeGreaterThanOrEqual(17);
  expect(minutesBetween(skewValues.server, skewValues.desk)).toBeLessThanOrEqual(19);
  await pageB.getByTestId('review-item').first().scrollIntoViewIfNeeded();
  await bothLanguages(pageB, 'sync-clock-review-skew', async () => {
    await expect(skewConflict).toContainText('Received at');
    await expect(skewConflict.getByTestId('review-reason')).toContainText('was 18 minutes off the server');
  });

  // A receipt beyond the offline window: the server's value is when it first received it, the desk's the call time kept.
  const lateConflict = receiptConflict(pageB, late.number);
  await expect(lateConflict.getByTestId('review-reason')).toContainText('这条投诉离线受理 20 天后才送达服务器，超过离线期限');
  await expect(lateConflict).toContainText('服务器首次收到');
  await expect(lateConflict).toContainText('来电时间（当前受理时间）');
  const lateValues = await valuesOf(lateConflict);
  expect(minutesBetween(lateValues.desk, lateValues.server) / (24 * 60)).toBeGreaterThanOrEqual(20);
  await lateConflict.scrollIntoViewIfNeeded();
  await bothLanguages(pageB, 'sync-clock-review-offline', () => expect(lateConflict.getByTestId('review-reason')).toContainText('reached the server 20 days after'));

  // The lead keeps the server's corrected time for one and the call time for the other, with the keyboard, and confirms each.
  await choose(pageB, skewConflict, '采用服务器更正的时间');
  await pageB.getByTestId('review-item').filter({ hasText: skewed.number }).getByTestId('review-confirm').click();
  await expect(pageB.getByTestId('review-item')).toHaveCount(1);
  await choose(pageB, lateConflict, '保留来电时间');
  await pageB.getByTestId('review-confirm').focus();
  await pageB.keyboard.press('Enter');
  await expect(pageB.getByTestId('sync-review')).toContainText('没有需要复核的投诉。');

  // Both leave review; the timeline says which receipt time the lead kept, as a date and time.
  await syncedNow(pageB);
  await goToComplaint(pageB, skewed.id);
  await expect(pageB.getByTestId('complaint-number')).toHaveText(skewed.number);
  await expect(pageB.getByTestId('complaint-needs-review')).toHaveCount(0);
  await expect(pageB.locator('[data-kind="review.resolved"]').locator('..')).toContainText(`受理时间：保留服务器的值「${skewValues.server}」`);
  await pageB.evaluate(() => window.scrollTo(0, 0));
  // The mouse leaves the top bar's 立即同步: a message shown under it would stay open while hovered (antd pauses it).
  await pageB.mouse.move(5, 700);
  await expect(pageB.locator('.ant-message-notice')).toHaveCount(0);
  await screenshot(pageB, 'sync-clock-review-resolved');
  await goToComplaint(pageB, late.id);
  await expect(pageB.getByTestId('complaint-number')).toHaveText(late.number);
  await expect(pageB.getByTestId('complaint-needs-review')).toHaveCount(0);
  await expect(pageB.locator('[data-kind="review.resolved"]').locator('..')).toContainText(`受理时间：采用工作台提交的值「${lateValues.desk}」`);
});
