import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer } from '../../scripts/embedded-server.mjs';
import { settledScreenshot as screenshot, takeComplaint } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

type Server = Awaited<ReturnType<typeof startEmbeddedServer>>;

let server: Server | null = null;
const hosts: RunningHost[] = [];
let serverDir = '';
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await server?.stop();
  server = null;
  if (serverDir) rmSync(serverDir, { recursive: true, force: true });
});

test('desk A takes a complaint while the server is away; after it returns, the lead on desk B sees it', async ({ browser }) => {
  test.setTimeout(180_000);
  serverDir = mkdtempSync(join(tmpdir(), 'sync-e2e-server-'));
  server = await startEmbeddedServer({ dataDir: serverDir, quiet: true });
  const url = server.url;
  const port = Number(new URL(url).port);
  const a = await startHost(newDataDir(), {}, { server: url });
  const b = await startHost(newDataDir(), {}, { server: url });
  hosts.push(a, b);
  const pageA = await (await browser.newContext()).newPage();
  const pageB = await (await browser.newContext()).newPage();
  await pageA.goto(a.url);
  await signIn(pageA, { name: '王芳', id: 'A1001' });
  await pageB.goto(b.url);
  await signIn(pageB, { name: '李强', id: 'L2001' });
  await expect(pageA.getByTestId('sync-summary')).toBeVisible();

  // The link goes down: desk A keeps working, the top bar turns a calm grey with the pending count.
  await server.stop();
  const { id, number } = await takeComplaint(pageA);
  await pageA.getByTestId('sync-now').click();
  await expect(pageA.getByTestId('sync-offline')).toContainText('离线 · 1 条待发送', { timeout: 15_000 });
  await expect(pageA.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await screenshot(pageA, 'sync-offline');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.getByTestId('sync-offline')).toContainText('Offline · 1 waiting');
  await screenshot(pageA, 'sync-offline');
  await pageA.getByText('中文', { exact: true }).click();

  // The server returns on the same address: A's outbox drains, and B (A's team lead) has the complaint.
  server = await startEmbeddedServer({ dataDir: serverDir, port, quiet: true });
  await expect(async () => {
    await pageA.getByTestId('sync-now').click();
    await expect(pageA.getByTestId('sync-summary')).toContainText('已同步', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    await pageB.getByTestId('sync-now').click();
    await pageB.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
    await expect(pageB.getByTestId('complaint-number')).toHaveText(number, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await screenshot(pageB, 'sync-lead-sees-complaint');

  // The sync screen: nothing refused; the lead's review list is empty.
  await pageB.getByRole('menuitem', { name: /同步/ }).click();
  await expect(pageB.getByTestId('sync-rejections')).toContainText('服务器没有拒绝您的任何修改。');
  await expect(pageB.getByTestId('sync-review')).toContainText('没有需要复核的投诉。');
  await screenshot(pageB, 'sync-page');
  await pageB.getByText('English', { exact: true }).click();
  await expect(pageB.getByTestId('sync-review')).toContainText('No complaint needs review.');
  await screenshot(pageB, 'sync-page');
});
