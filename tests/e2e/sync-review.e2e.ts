import { expect as baseExpect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer } from '../../scripts/embedded-server.mjs';
import { settledScreenshot as screenshot, typeInto } from './support/agent-actions';
import { linkCutter, type LinkCutter } from './support/link-cutter';
import { DEMO_PASSWORD } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

/** Two hosts, a server and a browser on a shared 2-core machine: screens may take longer than the run's 10 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

type Server = Awaited<ReturnType<typeof startEmbeddedServer>>;

test.use({ actionTimeout: 30_000 });

let server: Server | null = null;
let link: LinkCutter | null = null;
const hosts: RunningHost[] = [];
let serverDir = '';
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await link?.close();
  await server?.stop();
  server = null;
  if (serverDir) rmSync(serverDir, { recursive: true, force: true });
});

async function signIn(page: Page, id: string, name: string) {
  await expect(page.locator('#employee-no')).toBeFocused({ timeout: 60_000 });
  await page.keyboard.type(id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-agent')).toContainText(`${name}`);
}

/** Takes a complaint by keyboard, as support/agent-actions' takeComplaint does, with this spec's patience. */
async function takeComplaint(page: Page, phone: string): Promise<{ id: string; number: string }> {
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张伟');
  await typeInto(page, '#intake-contactPhone', phone);
  await typeInto(page, '#intake-complaintType', '理赔');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-complaintSubtype', '金额');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-description', '车险理赔金额比定损少了三千元，客户认为不合理。');
  await typeInto(page, '#intake-demand', '按定损金额全额赔付');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/);
  return { id: page.url().split('#/complaints/')[1]!, number: (await page.getByTestId('complaint-number').textContent())! };
}

async function openComplaint(page: Page, id: string, number: string) {
  await page.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
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

async function syncedNow(page: Page) {
  await expect(async () => {
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-summary')).toContainText('已同步', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

test('desk A works offline; the lead on desk B sees its work, and resolves a conflicting edit of the contact details in the review queue', async ({ browser }) => {
  test.setTimeout(420_000);
  serverDir = mkdtempSync(join(tmpdir(), 'sync-review-e2e-server-'));
  server = await startEmbeddedServer({ dataDir: serverDir, quiet: true });
  // Desk A reaches the server through a link that can be cut; desk B directly.
  link = await linkCutter(server.url);
  const a = await startHost(newDataDir(), {}, { server: link.url });
  const b = await startHost(newDataDir(), {}, { server: server.url });
  hosts.push(a, b);
  const pageA = await (await browser.newContext()).newPage();
  const pageB = await (await browser.newContext()).newPage();
  await pageA.goto(a.url);
  await signIn(pageA, 'A1001', '王芳');
  await pageB.goto(b.url);
  await signIn(pageB, 'L2001', '李强');

  // A takes a complaint while online; the lead has it.
  const first = await takeComplaint(pageA, '138 0013 8000');
  await syncedNow(pageA);
  await expect(async () => {
    await pageB.getByTestId('sync-now').click();
    await pageB.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), first.id);
    await expect(pageB.getByTestId('complaint-number')).toHaveText(first.number, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  // A's link goes down: A works on: corrects the phone, notes it, takes another complaint.
  await link.cut();
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
  await link.restore();
  await syncedNow(pageA);
  await expect(pageA.getByTestId('sync-summary')).not.toContainText('待发送');

  // The lead sees A's offline work, and the complaint in review.
  await expect(async () => {
    await pageB.getByTestId('sync-now').click();
    await pageB.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), second.id);
    await expect(pageB.getByTestId('complaint-number')).toHaveText(second.number, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
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
  await expect(async () => {
    await pageA.getByTestId('sync-now').click();
    await pageA.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), first.id);
    await expect(pageA.locator('[data-kind="review.resolved"]')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(pageA.locator('[data-kind="review.resolved"]').locator('..')).toContainText('采用工作台提交的值');
  await expect(pageA.getByText('139 0000 1111').first()).toBeVisible();
  await screenshot(pageA, 'sync-review-agent-timeline');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.locator('[data-kind="review.resolved"]')).toContainText('Review resolved');
  await screenshot(pageA, 'sync-review-agent-timeline');
});
