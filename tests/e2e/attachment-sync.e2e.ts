import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PDF } from '../support/sample-files';
import { validIntake } from '../support/valid-intake';
import { settledScreenshot as screenshot } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { goToComplaint, syncNow, twoDesksOnOwnServer } from './support/two-desks';

const twoDesks = twoDesksOnOwnServer('attachment-sync-e2e');

test('a PDF attached on desk A while offline uploads when the server returns; the lead\'s desk downloads it when opened, and says so when it cannot', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const desks = await twoDesks(browser);
  const { pageA, pageB } = desks;
  await expect(pageA.getByTestId('sync-summary')).toBeVisible();

  // Offline on A: a complaint (set up through the page's session) gets a PDF of several chunks, which waits for the server.
  await desks.stopServer();
  const { id } = await deskCall<{ id: string }>(pageA, 'complaints.create', validIntake({ callTime: new Date().toISOString() }));
  await goToComplaint(pageA, id);
  await pageA.getByRole('tab', { name: '附件' }).click();
  const files = testInfo.outputPath('files');
  mkdirSync(files, { recursive: true });
  const pdfPath = join(files, '定损单.pdf');
  writeFileSync(pdfPath, Buffer.concat([SAMPLE_PDF, Buffer.alloc(400_000, 0x20)]));
  await pageA.getByTestId('attachments-panel').locator('input[type=file]').setInputFiles([pdfPath]);
  await expect(pageA.getByTestId('attachment')).toHaveCount(1);
  await expect(pageA.getByTestId('attachment-transfer')).toContainText('等待联网后上传到服务器');
  await screenshot(pageA, 'attachment-sync-waiting-upload');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.getByTestId('attachment-transfer')).toContainText('Waiting to upload to the server when online');
  await screenshot(pageA, 'attachment-sync-waiting-upload');
  await pageA.getByText('中文', { exact: true }).click();

  // The server returns: the complaint goes out, then the content; the waiting line goes away.
  await desks.restartServer();
  await expect(async () => {
    await syncNow(pageA);
    await expect(pageA.getByTestId('attachment-transfer')).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  // The lead's desk lists it, without its content yet.
  await expect(async () => {
    await syncNow(pageB);
    await goToComplaint(pageB, id);
    await pageB.getByRole('tab', { name: '附件' }).click({ timeout: 2_000 });
    await expect(pageB.getByTestId('attachment')).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(pageB.getByTestId('attachment-transfer')).toContainText('内容尚未下载到本机');

  // Offline, opening it says why it cannot, in the person's language.
  await desks.stopServer();
  await pageB.getByRole('button', { name: '另存' }).click();
  await expect(pageB.getByTestId('attachment-open-error')).toContainText('附件内容尚未下载，联网后可查看', { timeout: 15_000 });
  await screenshot(pageB, 'attachment-sync-offline-download');
  await pageB.getByText('English', { exact: true }).click();
  await expect(pageB.getByTestId('attachment-open-error')).toContainText('you can view it once the desk is online');
  await screenshot(pageB, 'attachment-sync-offline-download');
  await pageB.getByText('中文', { exact: true }).click();

  // Online again: the preview downloads it, checks it and shows the PDF; it is on this desk from now on.
  await desks.restartServer();
  await pageB.getByTestId('attachment-preview-button').click();
  await expect(pageB.getByTestId('attachment-preview-pdf-page').first()).toBeVisible({ timeout: 30_000 });
  await screenshot(pageB, 'attachment-sync-lead-preview');
  await pageB.keyboard.press('Escape');
  await expect(pageB.getByTestId('attachment-transfer')).toHaveCount(0);
});
