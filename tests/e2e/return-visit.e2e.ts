import { expect, test, type Page } from '@playwright/test';
import type { Complaint } from '../../shared/domain/complaint';
import { STAGES } from '../../shared/domain/stages';
import { validIntake } from '../support/valid-intake';
import { validStageData } from '../support/workflow';
import { openComplaint, settledScreenshot as screenshot, signOut, typeInto } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { seedClosedComplaints } from './support/seed-closed';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test.setTimeout(300_000);

/** A complaint of 王芳's at the closure stage (the stages before done through the desk's calls). */
async function atClosure(page: Page): Promise<Complaint> {
  let complaint = await deskCall<Complaint>(page, 'complaints.create', validIntake({ callTime: new Date(Date.now() - 60 * 60_000).toISOString() }));
  const data = validStageData();
  for (const stage of STAGES.slice(0, STAGES.indexOf('closure'))) {
    complaint = (await deskCall<{ complaint: Complaint }>(page, 'complaints.advance', { id: complaint.id, baseVersion: complaint.version, stage, data: data[stage] })).complaint;
  }
  return complaint;
}

test('回访: closing puts it in my queue; not reached, then reached and not satisfied; the lead sees another one missing', async ({ page }) => {
  const dataDir = newDataDir();
  // Another complaint of 王芳's, closed 30 days before 2026-12-05: its 回访 is long past due and was never made.
  const [old] = await seedClosedComplaints(dataDir, [{ daysAgo: 30, intake: { policyNumber: 'P2026-000456', contactPhone: '139 0013 9000' } }]);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page);
  // This desk's softphone dials sip: links.
  await deskCall(page, 'cti.updateSettings', { dialUrlTemplate: 'sip:{phone}' });

  // Close a complaint on its page.
  const complaint = await atClosure(page);
  await openComplaint(page, complaint.id);
  await expect(page.locator('#wf-resolution')).toBeFocused();
  await page.keyboard.type('解释条款并补付一千元');
  await typeInto(page, '#wf-lessonsLearned', '定损时应当面说明折旧');
  await typeInto(page, '#wf-improvementMeasures-0', '定损告知书增加折旧说明');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('complaint-status')).toHaveText('已关闭');
  const panel = page.getByTestId('return-visit-panel');
  await expect(panel.getByTestId('return-visit-badge')).toHaveAttribute('data-state', 'onTrack');
  await expect(panel.getByTestId('return-visit-badge')).toContainText('结案后 5 个工作日内');
  await expect(panel.getByTestId('return-visit-dial')).toHaveAttribute('href', 'sip:13800138000');

  // My queue lists it under 待回访 with its due date; the old one is there too, missing.
  await page.getByRole('menuitem', { name: /我的队列/ }).click();
  const visits = page.getByTestId('queue-return-visits');
  await expect(visits).toContainText(complaint.number);
  await expect(visits).toContainText(old!.number);
  await expect(visits).toContainText('逾期 1 件');
  await expect(visits.locator('.ant-table-row').filter({ hasText: old!.number }).getByTestId('return-visit-badge')).toHaveAttribute('data-state', 'missing');
  await screenshot(page, 'return-visit-my-queue');

  // Not reached: the attempt is counted with its time.
  await visits.getByRole('link', { name: complaint.number }).click();
  await expect(page.getByTestId('complaint-number')).toHaveText(complaint.number);
  await panel.getByTestId('return-visit-unreached').click();
  await expect(panel.getByTestId('return-visit-attempts')).toContainText('第 1 次');
  await expect(panel.getByTestId('return-visit-attempts')).toContainText('未接通');
  await expect(panel.getByTestId('return-visit-badge')).toContainText('未接通 1 次');
  await expect(page.locator('[data-kind="returnVisit.recorded"]').first()).toContainText('记录回访');

  // Reached: the script; nothing chosen is refused with the reasons, then not satisfied.
  await panel.getByRole('button', { name: '已接通，记录回访结果' }).click();
  const dialog = page.getByRole('dialog', { name: '回访结果' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(dialog.getByText('请选择满意度')).toBeVisible();
  await expect(dialog.getByText('请选择是否接受处理结果')).toBeVisible();
  await dialog.getByLabel('不满意').check();
  await dialog.getByLabel('不接受').check();
  await dialog.getByLabel('客户仍有的诉求（可选）').fill('希望全额赔付三千元');
  await screenshot(page, 'return-visit-dialog');
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(panel.getByTestId('return-visit-badge')).toHaveAttribute('data-state', 'done');
  await expect(panel.getByTestId('return-visit-result')).toContainText('不满意');
  await expect(panel.getByTestId('return-visit-result')).toContainText('希望全额赔付三千元');
  await expect(panel.getByTestId('return-visit-attempts')).toContainText('第 2 次');
  await expect(panel.getByTestId('return-visit-unreached')).toHaveCount(0);
  // Not satisfied: a follow-up complaint or a 核查.
  await expect(panel.getByTestId('return-visit-not-satisfied')).toBeVisible();
  await screenshot(page, 'return-visit-not-satisfied');
  await panel.getByTestId('return-visit-review').click();
  const review = page.getByRole('dialog', { name: '登记核查申请' });
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: /取\s?消/ }).click();
  await expect(review).toBeHidden();
  await panel.getByTestId('return-visit-follow-up').click();
  await expect(page.locator('#intake-demand')).toHaveValue('希望全额赔付三千元', { timeout: 30_000 });
  await expect(page.locator('#intake-description')).toHaveValue(new RegExp(`跟进投诉 ${complaint.number}`));
  await screenshot(page, 'return-visit-follow-up-intake');

  // Done: it left my queue; the old one is still there.
  await page.getByRole('menuitem', { name: /我的队列/ }).click();
  await expect(visits).toContainText(old!.number);
  await expect(visits).not.toContainText(complaint.number);

  // The lead: one missing 回访 on the desk, the filter lists it, the row says so.
  await signOut(page);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  await page.getByRole('menuitem', { name: /团队/ }).click();
  const count = page.getByTestId('team-return-visits-missing');
  await expect(count).toHaveText(/回访逾期 1 件/);
  await count.click();
  await expect(page.getByRole('checkbox', { name: '仅看回访逾期' })).toBeChecked();
  const rows = page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(old!.number);
  await expect(rows.first().getByTestId('team-return-visit-missing')).toHaveText('回访逾期');
  await screenshot(page, 'return-visit-team-missing');

  // In English: the count, and the 回访 card of the one done.
  await page.getByRole('banner').getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(count).toHaveText(/1 return visit missing/);
  await expect(rows.first().getByTestId('team-return-visit-missing')).toHaveText('Return visit missing');
  await screenshot(page, 'return-visit-team-missing');
  await openComplaint(page, complaint.id);
  await expect(panel.getByTestId('return-visit-result')).toContainText('Not satisfied');
  await expect(panel.getByTestId('return-visit-badge')).toContainText('Done in time');
  await screenshot(page, 'return-visit-not-satisfied');
});
