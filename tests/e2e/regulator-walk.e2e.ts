import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot, takeComplaint, typeInto } from './support/agent-actions';
import { POLICYHOLDERS_AGENT, registerOnBehalfOfPolicyholder } from './support/on-behalf';
import { seedClosedComplaints } from './support/seed-closed';
import { signIn } from './support/sign-in';
import { advance, fillAnalysis, fillExecution, fillSolution } from './support/stage-walk';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test.setTimeout(480_000);

/** Takes a complaint by keyboard and opens its page (by its address, whether or not the intake moved on to it). */
async function takeAndOpen(page: Page): Promise<{ id: string; number: string }> {
  try {
    return await takeComplaint(page, { timeout: 30_000 });
  } catch {
    await page.getByRole('menuitem', { name: /我的队列/ }).click();
    const href = await page.getByRole('link', { name: /^TS-\d{8}-/ }).first().getAttribute('href', { timeout: 10_000 });
    const id = href!.split('#/complaints/')[1]!;
    await openComplaint(page, id);
    return { id, number: (await page.getByTestId('complaint-number').textContent())! };
  }
}

/**
 * The complainant's whole journey on the regulator's clock, as issue 24 names it: a complaint made on the
 * policyholder's behalf by an agent with a 授权委托书 → suspended for an appraisal → three days later resumed →
 * decided and closed → the 回访 reaches a complainant who is not satisfied → a 核查 opened from it. The lead
 * handles it (and so may approve the suspension), and on the team page sees the suspended days and a 回访
 * of the team's that was never made.
 */
test('regulator walk: on behalf with a 授权委托书 → 挂起 鉴定 → resumed → closed → 回访 not satisfied → 核查; the lead sees the missing 回访 and the suspended days', async ({ page }, testInfo) => {
  const dataDir = newDataDir();
  // 王芳's complaint closed 30 days before 2026-12-05: its 回访 was never made.
  const [missed] = await seedClosedComplaints(dataDir, [{ daysAgo: 30, intake: { policyNumber: 'P2026-000456', contactPhone: '139 0013 9000' } }]);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  const { id, number } = await takeAndOpen(page);

  // 投诉受理 → 投诉登记 on behalf of the policyholder (Arts. 13–14).
  await expect(page.getByTestId('stage-form-intake')).toBeVisible();
  await page.getByTestId('stage-form-intake').click();
  await advance(page, /投诉登记/);
  await registerOnBehalfOfPolicyholder(page, testInfo.outputPath('files'));
  await advance(page, /问题分析/);
  await screenshot(page, 'walk-registered');

  // 挂起 for a 鉴定.
  await page.getByRole('button', { name: '挂起时限', exact: true }).click();
  const suspend = page.getByRole('dialog', { name: '挂起处理时限' });
  await suspend.getByLabel('挂起原因').fill('车辆损失金额有争议，需第三方司法鉴定');
  await suspend.getByLabel(/承办机构/).fill('某某司法鉴定所');
  await suspend.getByRole('button', { name: /^挂\s?起$/ }).click();
  await expect(suspend).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'suspended');

  // Three days later: the lead's team page shows it suspended for three days, and the 回访 missing from before.
  await host.stop();
  host = await startHost(dataDir, { COMPLAINT_DESK_NOW_OFFSET_DAYS: '3' });
  // The screens' clock moves with the desk's (times typed in forms default to now).
  await page.clock.install({ time: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000) });
  await page.clock.resume();
  await page.goto(host.url);
  await page.getByRole('menuitem', { name: /团队/ }).click();
  const row = page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row').filter({ hasText: number });
  await expect(row.getByTestId('deadline-badge')).toContainText('挂起中');
  await expect(row.getByTestId('deadline-badge')).toContainText('已挂起 3 天');
  await expect(page.getByTestId('team-return-visits-missing')).toHaveText(/回访逾期 1 件/);
  await screenshot(page, 'walk-team-suspended-and-missing');
  await page.getByTestId('team-return-visits-missing').click();
  await expect(page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row').filter({ hasText: missed!.number })).toHaveCount(1);

  // The appraisal's result arrives: the clock runs again, three days not counted.
  await openComplaint(page, id);
  await page.getByRole('button', { name: '恢复计时', exact: true }).click();
  const resume = page.getByRole('dialog', { name: '恢复计时' });
  await resume.getByLabel('外部结果').fill('鉴定报告已出：定损 18,600 元');
  await resume.getByRole('button', { name: '恢复计时', exact: true }).click();
  await expect(resume).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('suspension-panel')).toContainText('挂起 3 天');
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'onTrack');
  await screenshot(page, 'walk-resumed');

  // Decided and closed.
  await page.locator('#wf-customerDemand').focus();
  await fillAnalysis(page);
  await advance(page, /问题解决方案/);
  await fillSolution(page, '按鉴定结论补足差额');
  await advance(page, /解决方案执行/);
  await fillExecution(page);
  await advance(page, /解决方案反馈/);
  await page.locator('#wf-receiptConfirmed').check();
  await typeInto(page, '#wf-resultTold-content', '已按鉴定结论补足差额');
  await page.getByTestId('stage-form-feedback').locator('.ant-rate-star').nth(2).click();
  await typeInto(page, '#wf-comments', '补足了差额，但对鉴定机构仍有疑问');
  await advance(page, /投诉关闭/);
  await expect(page.locator('#wf-resolution')).toBeFocused();
  await page.keyboard.type('按鉴定结论补足差额');
  await typeInto(page, '#wf-lessonsLearned', '定损争议及早委托鉴定');
  await typeInto(page, '#wf-improvementMeasures-0', '定损争议处理指引');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('complaint-status')).toHaveText('已关闭');

  // 回访: reached, not satisfied, does not accept the result.
  const visit = page.getByTestId('return-visit-panel');
  await expect(visit.getByTestId('return-visit-badge')).toHaveAttribute('data-state', 'onTrack');
  await visit.getByRole('button', { name: '已接通，记录回访结果' }).click();
  const script = page.getByRole('dialog', { name: '回访结果' });
  await script.getByLabel('不满意').check();
  await script.getByLabel('不接受').check();
  await script.getByLabel('客户仍有的诉求（可选）').fill('认为鉴定机构与公司有关联，要求重新鉴定');
  await script.getByRole('button', { name: '保存回访' }).click();
  await expect(script).toBeHidden({ timeout: 60_000 });
  await expect(visit.getByTestId('return-visit-result')).toContainText('不满意');
  await screenshot(page, 'walk-return-visit-not-satisfied');

  // 核查 from the 回访: a linked review complaint with its own deadline.
  await visit.getByTestId('return-visit-review').click();
  const review = page.getByRole('dialog', { name: '登记核查申请' });
  await review.getByLabel('异议内容及核查诉求').fill('对鉴定结论有异议，申请核查');
  await expect(review.getByTestId('review-request-late')).toHaveCount(0);
  await review.getByRole('button', { name: '登记并打开核查投诉' }).click();
  await expect(review).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('review-of')).toContainText(`核查：原投诉 ${number}`);
  await expect(page.getByTestId('deadline-badge').first()).toHaveAttribute('data-state', 'onTrack');
  await screenshot(page, 'walk-review-opened');

  // Back on the original: its registration names the agent, its review is listed.
  await page.getByTestId('review-of').getByRole('link', { name: number }).click();
  await expect(page.getByTestId('review-link')).toHaveCount(1);
  await expect(page.getByTestId('suspension-panel')).toContainText('某某司法鉴定所');
  await page.getByRole('button', { name: /投诉登记/ }).last().click();
  await expect(page.getByTestId('stage-record-registration')).toContainText(POLICYHOLDERS_AGENT.name);
  await screenshot(page, 'walk-original');
});
