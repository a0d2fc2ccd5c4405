import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

const CALLER = '13800138000';


/** What a softphone or PBX does: POST a Zammad generic CTI event to the desk's loopback endpoint. */
async function softphone(running: RunningHost, event: Record<string, string>) {
  expect(running.ctiUrl, 'the host prints its CTI endpoint').toBeTruthy();
  const response = await fetch(running.ctiUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
  expect(response.status).toBe(200);
}
const ring = (running: RunningHost, callId: string, from = CALLER) =>
  softphone(running, { event: 'newCall', direction: 'in', from, to: '95500', callId });

/** An earlier complaint from the same caller, written the other way (spaces): matched on the normalised number. */
async function earlierComplaint(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('api/complaints.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': sessionStorage.getItem('complaint-desk.token') ?? '' },
      body: JSON.stringify({
        callTime: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        customerName: '张伟',
        contactPhone: '138 0013 8000',
        policyNumber: 'P2026-000123',
        complaintType: 'service_quality',
        complaintSubtype: 'slow_handling',
        description: '上次理赔资料提交后两周无人联系。',
        demand: '尽快回电',
        channel: 'phone',
      }),
    });
    return ((await response.json()) as { value: { number: string } }).value.number;
  });
}

/** Resolves with the time (ms since epoch) the popped intake's number field first shows `number`. */
function whenNumberShows(page: Page, number: string) {
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const input = document.querySelector<HTMLInputElement>('#intake-contactPhone');
          if (input?.value === expected && input.checkVisibility()) return resolve(Date.now());
          requestAnimationFrame(check);
        };
        check();
      }),
    number,
  );
}

test('a call pops the intake with the caller history; the draft survives a kill; hang-up stamps the duration', async ({ page }) => {
  const dataDir = newDataDir();
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page);
  await expect(page.getByTestId('signed-in-agent')).toHaveText('坐席 王芳 · 工号 A1001');
  const earlier = await earlierComplaint(page);

  // Screen-pop, timed from the softphone's POST to the number visible in the field.
  await page.evaluate(() => {
    const source = new EventSource(`api/events?token=${sessionStorage.getItem('complaint-desk.token')}`);
    source.addEventListener('call.incoming', () => ((window as unknown as { sseAt: number }).sseAt = Date.now()));
  });
  await page.waitForTimeout(300);
  const shown = whenNumberShows(page, CALLER);
  const postedAt = Date.now();
  await ring(host, 'call-1');
  const popMs = (await shown) - postedAt;
  const sseMs = (await page.evaluate(() => (window as unknown as { sseAt: number }).sseAt)) - postedAt;
  console.log(`CALL-POP ms=${popMs} (event reached the page after ${sseMs} ms)`);
  // Reported, not asserted: the 300 ms target is measured by bench/call-pop.bench.ts.

  await expect(page.locator('#intake-contactPhone')).toHaveValue(CALLER);
  await expect(page.getByTestId('caller-history-item')).toContainText(earlier);
  await expect(page.getByTestId('caller-history-item').getByTestId('deadline-badge')).toHaveAttribute('data-state', 'onTrack');
  await expect(page.getByTestId('duplicate-offer')).toContainText(`追加到投诉单 ${earlier}`);
  await expect(page.getByTestId('current-call')).toContainText(CALLER);
  await expect(page.getByTestId('current-call')).toContainText('振铃中');
  await expect(page.locator('#intake-customerName')).toBeFocused();

  // The agent types while the customer talks, keyboard only.
  await page.keyboard.type('张伟');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('P2026-000123');
  await page.keyboard.press('Alt+3'); // 理赔纠纷; the subtype has the focus
  await expect(page.locator('#intake-complaintSubtype')).toBeFocused();
  await page.keyboard.type('金额');
  await page.keyboard.press('Enter');
  await expect(page.locator('#intake-complaintSubtype')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: '愤怒' })).toBeFocused();
  await page.keyboard.press('Space'); // mood: 愤怒
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // demand: 全额赔付
  await page.keyboard.press('Tab');
  await expect(page.locator('#intake-description')).toBeFocused();
  await page.keyboard.type('车险理赔金额比定损少了三千元，\n客户很生气。');
  await page.keyboard.press('Tab');
  await page.keyboard.type('按定损金额全额赔付');
  await expect(page.getByTestId('suggested-phrases')).toContainText('理赔结果');
  await expect(page.getByTestId('draft-saved')).toBeVisible();
  await screenshot(page, 'call-pop-intake');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await page.waitForTimeout(400); // the modal's zoom-in
  await screenshot(page, 'cheat-sheet');
  await page.keyboard.press('Escape');

  // A crash: the host dies mid-call, 600 ms after the last keystroke.
  await page.waitForTimeout(600);
  await host.stop('SIGKILL');
  host = await startHost(dataDir);
  await page.goto(host.url);
  await expect(page.getByTestId('signed-in-agent')).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.locator('#intake-customerName')).toHaveValue('张伟');
  await expect(page.locator('#intake-contactPhone')).toHaveValue(CALLER);
  await expect(page.locator('#intake-policyNumber')).toHaveValue('P2026-000123');
  await expect(page.locator('#intake-description')).toHaveValue('车险理赔金额比定损少了三千元，\n客户很生气。');
  await expect(page.locator('#intake-demand')).toHaveValue('按定损金额全额赔付');
  await expect(page.getByRole('checkbox', { name: '愤怒' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('checkbox', { name: '全额赔付' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('理赔纠纷', { exact: true })).toBeVisible();
  await screenshot(page, 'draft-restored');

  // The softphone reports answer and hang-up to the restarted desk; saving links the call.
  await softphone(host, { event: 'answer', direction: 'in', from: CALLER, to: '95500', callId: 'call-1', answeringNumber: 'A1001' });
  await page.waitForTimeout(1_100);
  await softphone(host, { event: 'hangup', direction: 'in', from: CALLER, to: '95500', callId: 'call-1', cause: 'normalClearing' });
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-/);

  // A second caller nobody answers.
  await ring(host, 'call-2', '02112345678');
  await expect(page.locator('#intake-contactPhone')).toHaveValue('02112345678');
  await softphone(host, { event: 'hangup', direction: 'in', from: '02112345678', to: '95500', callId: 'call-2', cause: 'noAnswer' });
  await page.getByRole('menuitem', { name: '通话记录' }).click();
  const answered = page.getByRole('row', { name: new RegExp(CALLER) });
  await expect(answered).toContainText(/00:0[1-9]/);
  await expect(answered).toContainText('正常结束');
  await expect(answered.getByRole('link', { name: '查看' })).toBeVisible();
  await expect(page.getByRole('row', { name: /02112345678/ })).toContainText('无人接听');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await screenshot(page, 'calls');
  await page.getByText('未接来电', { exact: true }).click();
  await expect(page.getByRole('row', { name: /02112345678/ })).toContainText('未接');
  await expect(page.getByRole('row', { name: new RegExp(CALLER) })).toHaveCount(0);

  await page.getByRole('menuitem', { name: '设置' }).click();
  await expect(page.getByTestId('cti-endpoint-url')).toContainText(host.ctiUrl!);
  await expect(page.getByTestId('cti-settings')).toContainText(`正在监听 127.0.0.1:${new URL(host.ctiUrl!).port}`);
  await page.getByTestId('cti-settings').scrollIntoViewIfNeeded();
  await screenshot(page, 'cti-settings');

  // The same screens in English.
  await page.getByRole('banner').getByText('English').click();
  await page.getByTestId('cti-settings').scrollIntoViewIfNeeded();
  await screenshot(page, 'cti-settings');
  await page.getByRole('menuitem', { name: 'Calls' }).click();
  await expect(page.getByRole('row', { name: /02112345678/ })).toContainText('No answer');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await screenshot(page, 'calls');
  await ring(host, 'call-3');
  await expect(page.locator('#intake-contactPhone')).toHaveValue(CALLER);
  await expect(page.getByTestId('caller-history-item')).toHaveCount(2);
  await expect(page.getByTestId('current-call')).toContainText('Ringing');
  await screenshot(page, 'call-pop-intake');
  await page.locator('#intake-customerName').press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.waitForTimeout(400);
  await screenshot(page, 'cheat-sheet');
});

test('an earlier complaint opened during a call is linked to that call when the agent links it', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  const earlier = await earlierComplaint(page);
  await ring(host, 'call-open');
  await expect(page.locator('#intake-contactPhone')).toHaveValue(CALLER);
  await page.getByTestId('caller-history-item').getByRole('link', { name: earlier }).click();
  await expect(page.getByTestId('complaint-number')).toHaveText(earlier);
  // Viewing is not linking (issue 10, defect 2): the agent links the call explicitly.
  await page.getByRole('button', { name: '将本通来电关联到此投诉单' }).click();
  await expect(page.getByTestId('call-link')).toContainText('本通来电已关联到此投诉单');

  await page.getByRole('menuitem', { name: '通话记录' }).click();
  const row = page.getByRole('row', { name: new RegExp(CALLER) });
  await expect(row.getByRole('link', { name: '查看' })).toBeVisible();
  await row.getByRole('link', { name: '查看' }).click();
  await expect(page.getByTestId('complaint-number')).toHaveText(earlier);
});
