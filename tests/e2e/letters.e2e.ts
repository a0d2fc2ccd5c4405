import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import { STAGES } from '../../shared/domain/stages';
import { SAMPLE_PDF } from '../support/sample-files';
import { validIntake } from '../support/valid-intake';
import { validStageData } from '../support/workflow';
import { settledScreenshot as screenshot } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});
test.use({ permissions: ['notifications'] });

/** A complaint taken now and worked up to execution, so its decision is on record (setup through the page's session). */
async function complaintWithDecision(page: Page): Promise<{ id: string; number: string }> {
  let complaint = await deskCall<{ id: string; number: string; version: number }>(page, 'complaints.create', validIntake({ callTime: new Date().toISOString() }));
  const data = validStageData();
  for (const stage of STAGES.slice(0, STAGES.indexOf('execution'))) {
    complaint = (await deskCall<{ complaint: typeof complaint }>(page, 'complaints.advance', { id: complaint.id, baseVersion: complaint.version, stage, data: data[stage] })).complaint;
  }
  return complaint;
}

/** Records every notification the page raises (Chromium shows them outside the page, where a test cannot look). */
function recordNotifications(page: Page) {
  return page.addInitScript(() => {
    const Native = window.Notification;
    const shown: { title: string; body: string; notification: Notification }[] = [];
    (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
    window.Notification = class extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '', notification: this });
      }
    } as typeof Notification;
  });
}
const notificationTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shownNotifications: { title: string; body: string }[] }).shownNotifications.map((n) => `${n.title} | ${n.body}`));

test('attach a PDF and an image, preview them, generate and download the decision letter, insert a template, and get a reminder after time travel', async ({ page }, testInfo) => {
  const dataDir = newDataDir();
  host = await startHost(dataDir, { COMPLAINT_DESK_REMINDER_INTERVAL_MS: '1000' });
  await recordNotifications(page);
  // The policy must let pdf.js run its worker from the bundle: no violation, and no fall-back to a "fake worker".
  const policyTrouble: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|fake worker/i.test(message.text())) policyTrouble.push(message.text());
  });
  const response = await page.goto(host.url);
  // One policy: the page's <meta> says what the header says, less frame-ancestors (which only a header can carry).
  expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await signIn(page);
  const complaint = await complaintWithDecision(page);
  await page.evaluate((id) => (window.location.hash = `#/complaints/${id}`), complaint.id);
  await expect(page.getByTestId('complaint-number')).toHaveText(complaint.number);

  // Attachments: a PDF and an image through the file picker; a renamed executable refused by its content
  await page.getByRole('tab', { name: '附件' }).click();
  const image = await page.screenshot();
  const files = testInfo.outputPath('files');
  const pdfPath = join(files, '理赔申请书.pdf');
  const pngPath = join(files, '现场照片.png');
  const exePath = join(files, '发票.pdf');
  execFileSync('mkdir', ['-p', files]);
  writeFileSync(pdfPath, SAMPLE_PDF);
  writeFileSync(pngPath, image);
  writeFileSync(exePath, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)]));
  await page.getByTestId('attachments-panel').locator('input[type=file]').setInputFiles([pdfPath, pngPath]);
  await expect(page.getByTestId('attachment')).toHaveCount(2);
  await expect(page.locator('[data-testid="attachment"][data-name="理赔申请书.pdf"]')).toContainText('SHA-256');
  await page.getByTestId('attachments-panel').locator('input[type=file]').setInputFiles([exePath]);
  await expect(page.getByTestId('attachment-error')).toContainText('不支持此文件类型');
  await expect(page.getByTestId('attachment')).toHaveCount(2);
  // …and a pasted image (a screenshot from the clipboard has no name of its own)
  await page.getByTestId('attachments-panel').evaluate(async (panel) => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    const clipboardData = new DataTransfer();
    clipboardData.items.add(new File([blob], 'image.png', { type: 'image/png' }));
    panel.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('attachment')).toHaveCount(3);
  await expect(page.getByTestId('attachment').nth(2)).toHaveAttribute('data-name', /^paste-.*\.png$/);
  await screenshot(page, 'letters-attachments');

  await page.locator('[data-testid="attachment"][data-name="现场照片.png"]').getByTestId('attachment-preview-button').click();
  const img = page.getByTestId('attachment-preview-image');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1366);
  await screenshot(page, 'letters-image-preview');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="attachment"][data-name="理赔申请书.pdf"]').getByTestId('attachment-preview-button').click();
  await expect(page.getByTestId('attachment-preview-pdf')).toBeVisible();
  // pdf.js draws the page onto a canvas inside the page: no plugin, which headless Chromium and a sandboxed frame would block.
  const pdfPage = page.getByTestId('attachment-preview-pdf-page').first();
  await expect(pdfPage).toBeVisible();
  // Dark pixels in the top half (Claim form 42, Helvetica) and the bottom half (理赔申请书 in STSong-Light, not
  // embedded: drawn only with pdf.js's CMaps, which the build copies).
  const inked = await pdfPage.evaluate((canvas: HTMLCanvasElement) => {
    const half = Math.floor(canvas.height / 2);
    const darkIn = (y: number, height: number) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, y, canvas.width, height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark;
    };
    return { latin: darkIn(0, half), chinese: darkIn(half, canvas.height - half) };
  });
  expect(inked.latin).toBeGreaterThan(0);
  expect(inked.chinese).toBeGreaterThan(0);
  expect(policyTrouble).toEqual([]);
  await screenshot(page, 'letters-pdf-preview');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '处理记录' }).click();
  await expect(page.locator('[data-kind="attachment.added"]')).toHaveCount(3);

  // The decision letter: generated, downloaded, read back with pdftotext, recorded as sent
  await page.getByRole('tab', { name: '告知书' }).click();
  await expect(page.getByTestId('generate-extension')).toBeDisabled();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('generate-decision').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${complaint.number}-decision-zh-CN.pdf`);
  const letterPath = testInfo.outputPath('decision.pdf');
  await download.saveAs(letterPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', letterPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('投诉处理决定告知书');
  expect(text).toContain(`投诉编号：${complaint.number}`);
  expect(text).toContain('向人民法院提起诉讼');
  await page.getByTestId('letter-decision').getByRole('button', { name: '记为已发出' }).click();
  await page.getByTestId('letter-sent-dialog-decision').getByRole('button', { name: '记为已发出' }).click();
  await expect(page.getByTestId('letter-sent')).toContainText('处理决定告知书');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'letters-notices');

  // A reply template into the stage form by keyboard: Alt+T → pick → Enter
  const field = page.getByTestId('complaint-main').locator('textarea').first();
  await field.focus();
  await page.keyboard.press('Alt+t');
  await expect(page.getByTestId('template-search')).toBeFocused();
  await page.keyboard.type('受理');
  await screenshot(page, 'letters-template-picker');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(new RegExp(`张伟您好，您于.*提出的投诉（编号${complaint.number}）我们已受理`));

  // English
  await page.getByText('English', { exact: true }).first().click();
  await page.getByRole('tab', { name: 'Files' }).click();
  await expect(page.getByTestId('attachments-panel')).toContainText('Drop files');
  await screenshot(page, 'letters-attachments');
  await page.getByRole('tab', { name: 'Notices' }).click();
  await expect(page.getByTestId('letter-sent')).toContainText('Decision notice');
  await screenshot(page, 'letters-notices');
  await page.getByRole('menuitem', { name: /Settings/ }).click();
  await page.getByTestId('reminder-settings').scrollIntoViewIfNeeded();
  await screenshot(page, 'letters-settings');
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.getByTestId('reminder-settings')).toContainText('期限提醒');
  await screenshot(page, 'letters-settings');
  await expect(page.getByTestId('reply-templates-card').getByTestId('template-row')).toHaveCount(6);
  await page.getByTestId('reminders-mute').click();
  await expect(page.getByTestId('reminders-mute')).toBeChecked();
  await page.getByTestId('reminders-mute').click();
  await expect(page.getByTestId('reminders-mute')).not.toBeChecked();

  // 13 days later the complaint is due soon: one notification, a click opens it, and no second one for the same state
  await page.evaluate(() => (window.location.hash = '#/complaints'));
  await host.stop();
  host = await startHost(dataDir, { COMPLAINT_DESK_NOW_OFFSET_DAYS: '13', COMPLAINT_DESK_REMINDER_INTERVAL_MS: '1000' });
  await page.goto(host.url);
  await expect.poll(() => notificationTexts(page), { timeout: 15_000 }).toEqual([`投诉即将到期 | ${complaint.number} · 张伟`]);
  await page.evaluate(() => (window as unknown as { shownNotifications: { notification: Notification }[] }).shownNotifications[0]!.notification.onclick?.(new Event('click')));
  await expect(page.getByTestId('complaint-number')).toHaveText(complaint.number);
  await page.waitForTimeout(3_000);
  expect(await notificationTexts(page)).toHaveLength(1);
});
