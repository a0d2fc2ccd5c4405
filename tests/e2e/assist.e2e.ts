import { expect, test } from '@playwright/test';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

const CALLER = '13900139000';

test('while the agent types the description of a popped call, the desk suggests the type and the escalation tag; both are accepted by key', async ({ page }) => {
  test.setTimeout(240_000);
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await expect(page.getByTestId('signed-in-agent')).toBeVisible();

  // The softphone pops the call into the intake.
  const response = await fetch(host.ctiUrl!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'newCall', direction: 'in', from: CALLER, to: '95500', callId: 'assist-call-1' }),
  });
  expect(response.status).toBe(200);
  await expect(page.locator('#intake-contactPhone')).toHaveValue(CALLER);
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('李娜');

  // Nothing is suggested before there is a description.
  await expect(page.getByTestId('type-suggestions')).toHaveCount(0);
  await page.locator('#intake-description').focus();
  await page.keyboard.type('我妈上个月住院花了两万多，理赔材料早就交齐了，', { delay: 15 });
  await expect(page.getByTestId('type-suggestion').first()).toContainText('理赔纠纷 ›');
  await expect(page.getByTestId('escalation-risk')).toHaveCount(0);
  await page.keyboard.type('一个多月了钱还没到账，再拖我就打12378投诉，还要找记者曝光你们', { delay: 15 });
  await expect(page.getByTestId('escalation-risk')).toContainText('12378、记者、曝光');
  await expect(page.getByTestId('type-suggestion').first()).toContainText('理赔纠纷 › 理赔时效过长');
  await expect(page.getByTestId('assist-keywords')).toContainText('理赔');
  // Nothing was filled on its own.
  await expect(page.locator('#intake-description')).toBeFocused();
  await expect(page.getByRole('checkbox', { name: '扬言投诉升级' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('type-suggestion').first()).toHaveAttribute('aria-pressed', 'false');
  await screenshot(page, 'assist-suggestions');

  // One key each, without leaving the description.
  await page.keyboard.press('Alt+A');
  await expect(page.getByTestId('type-suggestion').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-intake-section="type"]')).toContainText('理赔纠纷');
  await expect(page.locator('[data-intake-section="type"]')).toContainText('理赔时效过长');
  await page.keyboard.press('Alt+R');
  await expect(page.getByRole('checkbox', { name: '扬言投诉升级' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('escalation-risk')).toHaveCount(0);
  await expect(page.locator('#intake-description')).toBeFocused();
  await screenshot(page, 'assist-accepted');

  // Without a speech model the transcript panel says what is missing and where it goes.
  await expect(page.getByTestId('speech-missing')).toContainText('speech-model');

  await page.getByText('English').click();
  await expect(page.getByTestId('type-suggestion').first()).toContainText('Claims dispute › Claim takes too long');
  await screenshot(page, 'assist-accepted');

  // Saved, the complaint's page drafts a handover summary from the record; the agent edits it and adds it as a note.
  await page.locator('#intake-demand').focus();
  await page.keyboard.type('一周内赔付');
  await page.keyboard.press('Control+S');
  // Saving opens the complaint (slowly on a loaded machine).
  await expect(page.getByTestId('complaint-number')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Draft a summary' }).click();
  const draft = page.getByRole('textbox', { name: 'Handover summary' });
  await expect(draft).toContainText('[Customer threatens to escalate]');
  await expect(draft).toContainText('Claims dispute / Claim takes too long');
  await draft.press('Control+End');
  await draft.pressSequentially(' Called back twice.');
  await screenshot(page, 'handover-summary');
  await page.getByRole('button', { name: 'Add as a note' }).click();
  await expect(draft).toHaveCount(0);
});

test('the live transcript (replayed) feeds the suggestions while the call is on', async ({ page }) => {
  const transcript = new URL('../fixtures/assist/call-transcript.txt', import.meta.url).pathname;
  host = await startHost(newDataDir(), { COMPLAINT_DESK_SPEECH_REPLAY: transcript });
  await page.goto(host.url);
  await signIn(page);
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('transcript-panel')).toBeVisible();
  await page.getByRole('button', { name: '开始转写' }).click();
  await expect(page.getByTestId('transcript')).toContainText('再拖下去我就打12378投诉');
  await expect(page.getByTestId('escalation-risk')).toContainText('12378');
  await expect(page.getByTestId('type-suggestion').first()).toContainText('理赔纠纷');
  await expect(page.locator('#intake-description')).toHaveValue('');
  // The replay ends like a call: the panel offers to start again.
  await expect(page.getByRole('button', { name: '开始转写' })).toBeVisible();
  await screenshot(page, 'assist-transcript');
});
