import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot, signOut } from './support/agent-actions';
import { expectTidyComplaintPage } from './support/complaint-layout';
import { validIntake } from '../support/valid-intake';
import { deskCall } from './support/desk-call';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test('every disabled action says why: the extension for an agent and for a lead, the stage form for a former handler', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { name: '王芳', id: 'A1001' });
  const complaint = await deskCall<{ id: string; version: number }>(page, 'complaints.create', validIntake());

  // The agent has no extension button, and reads who approves one.
  await openComplaint(page, complaint.id);
  await expect(page.getByRole('button', { name: '延长处理期限' })).toHaveCount(0);
  await expect(page.getByTestId('extension-reason')).toHaveText('延长处理期限须由组长或管理员批准。');
  await screenshot(page, 'allowed-actions-agent');

  // The lead sees the button greyed out on a standard complaint; tabbing to it (or hovering) says why.
  await signOut(page);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  await openComplaint(page, complaint.id);
  // A lead has the most actions: they stay on one row, and the intake's labels take only the room they need.
  await expectTidyComplaintPage(page);
  const extend = page.getByRole('button', { name: '延长处理期限' });
  await expect(extend).toBeDisabled();
  const reason = page.getByTestId('disabled-reason').filter({ has: extend });
  await expect(reason).toHaveAttribute('aria-label', '只有复杂投诉才能延长处理期限，请先将其设为复杂投诉。');
  await reason.focus();
  await expect(page.getByRole('tooltip')).toHaveText('只有复杂投诉才能延长处理期限，请先将其设为复杂投诉。');
  await screenshot(page, 'allowed-actions-lead-extension-reason');
  // The same reason in English, and back.
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectTidyComplaintPage(page);
  await page.getByTestId('disabled-reason').filter({ has: page.getByRole('button', { name: 'Extend deadline' }) }).focus();
  await expect(page.getByRole('tooltip')).toHaveText("Only a complex complaint's deadline can be extended; mark it complex first.");
  await screenshot(page, 'allowed-actions-lead-extension-reason');
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // Once complex, the same button is enabled for the lead.
  await page.locator('#wf-complexity').click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^复杂投诉$/ }).click();
  await expect(extend).toBeEnabled();

  // The lead hands it on: the agent who took it still sees it, read-only, with the reason.
  await deskCall(page, 'complaints.assign', { id: complaint.id, baseVersion: complaint.version + 1, assignee: { id: 'B2002', name: '赵敏' } });
  await signOut(page);
  await signIn(page, { name: '王芳', id: 'A1001' });
  await openComplaint(page, complaint.id);
  const notHandler = '这条投诉没有分配给您，只有处理人、组长或管理员可以操作。';
  await expect(page.getByTestId('stage-form-reason')).toContainText(notHandler);
  await expect(page.getByRole('button', { name: '完成本环节' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '登记撤诉' })).toBeDisabled();
  await expect(page.getByTestId('disabled-reason').filter({ has: page.getByRole('button', { name: '登记撤诉' }) })).toHaveAttribute('aria-label', notHandler);
  await screenshot(page, 'allowed-actions-former-handler');

  // Another agent cannot open it at all: it reads as not found.
  await signOut(page);
  await signIn(page, { name: '孙丽', id: 'A1003' });
  await page.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), complaint.id);
  await expect(page.getByRole('alert')).toContainText('找不到这条投诉');
});
