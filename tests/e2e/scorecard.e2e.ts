import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot, signOut, takeComplaint, typeInto } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { advance, fillAnalysis } from './support/stage-walk';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

const twoDesks = twoDesksOnOwnServer('scorecard-e2e-server');

async function inBothLanguages(page: Page, name: string) {
  await settledScreenshot(page, name);
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settledScreenshot(page, name);
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function switchTo(page: Page, who: { id: string; name: string }) {
  await signOut(page);
  await signIn(page, { ...who, timeout: 60_000 });
}

/** The agent walks the complaint on the open page from 投诉受理 to 投诉关闭, noting what they told the customer. */
async function walkToClosure(page: Page) {
  await advance(page, /投诉登记/);
  await typeInto(page, '#wf-policy-productName', '家庭自用汽车损失保险');
  await page.keyboard.press('Tab');
  await page.keyboard.type('张伟');
  await advance(page, /问题分析/);
  await fillAnalysis(page);
  await page.getByRole('tab', { name: /内部备注/ }).click();
  await page.locator('#wf-text').fill('首次来电已核实身份，告知15日内答复。客户追问时答：这事不归我们管。');
  await page.getByRole('button', { name: '添加内部备注' }).click();
  await expect(page.getByTestId('note')).toContainText('不归我们管');
  await page.getByRole('tab', { name: '处理记录' }).click();
  await page.locator('#wf-rootCause').focus();
  await advance(page, /问题解决方案/);
  await typeInto(page, '#wf-chosenOption', '按维修发票补足三千元差额');
  await typeInto(page, '#wf-steps-0-description', '复核定损单与维修发票');
  await typeInto(page, '#wf-feasibility-assessment', '补赔在权限范围内');
  await page.locator('#wf-customerConfirmation-confirmed').check();
  await advance(page, /解决方案执行/);
  await typeInto(page, '#wf-measures-0-department', '理赔部');
  await typeInto(page, '#wf-measures-0-person', '赵敏');
  await typeInto(page, '#wf-followUps-0-note', '已补赔三千元');
  await typeInto(page, '#wf-effectEvaluation-evaluation', '差额已到账');
  await page.locator('#wf-effectEvaluation-problemSolved').check();
  await advance(page, /解决方案反馈/);
  await page.locator('#wf-receiptConfirmed').check();
  await typeInto(page, '#wf-resultTold-content', '差额已赔付；如不满意可申请复核');
  await page.getByTestId('stage-form-feedback').locator('.ant-rate-star').nth(3).click();
  await typeInto(page, '#wf-comments', '处理及时');
  await advance(page, /投诉关闭/);
  await typeInto(page, '#wf-resolution', '补足差额，客户接受');
  await typeInto(page, '#wf-lessonsLearned', '定损结果须第二人复核');
  await typeInto(page, '#wf-improvementMeasures-0', '定损单双人复核制度');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('complaint-status')).toHaveText('已关闭');
}

const check = (page: Page, name: string) => page.getByTestId('scorecard-check').filter({ hasText: name });

test('an admin adds a forbidden phrase; the agent closes a complaint that used it; the lead sees the failed check, the agent appeals, the lead upholds it', async ({ browser }) => {
  test.setTimeout(600_000);
  const { pageA, pageB } = await twoDesks(browser);

  // The admin (陈静, on desk B) adds a forbidden-phrase check: the scorecard's version 2.
  await switchTo(pageB, { id: 'M3001', name: '陈静' });
  await pageB.evaluate(() => (window.location.hash = '#/admin'));
  await pageB.getByRole('tab', { name: '质检' }).click();
  await expect(pageB.getByTestId('quality-checks-editor')).toContainText('当前第 1 版');
  await pageB.locator('#quality-name-zh').fill('无推诿用语');
  await pageB.locator('#quality-name-en').fill('No brush-off');
  await pageB.getByTestId('quality-phrases').click();
  await pageB.keyboard.type('不归我们管');
  await pageB.keyboard.press('Enter');
  await pageB.keyboard.press('Escape');
  await pageB.locator('#quality-weight').fill('20');
  await pageB.getByTestId('add-quality-check-button').click();
  await expect(pageB.getByTestId('quality-checks-editor').locator('.ant-table-tbody')).toContainText('无推诿用语');
  await pageB.getByTestId('save-quality-checks').click();
  await expect(pageB.getByText('质检项已保存为第 2 版')).toBeVisible({ timeout: 15_000 });
  await inBothLanguages(pageB, 'scorecard-admin-checks');

  // 王芳 closes a complaint whose note says the forbidden phrase; the server scores it under version 2.
  const { id } = await takeComplaint(pageA, { timeout: 30_000 });
  await walkToClosure(pageA);
  await syncUntil(pageA, async () => {
    await expect(pageA.getByTestId('scorecard')).toContainText('质检项第 2 版', { timeout: 2_000 });
    await expect(pageA.getByTestId('scorecard')).not.toContainText('暂评', { timeout: 2_000 });
  }, 60_000);
  const failed = check(pageA, '无推诿用语');
  await expect(failed).toHaveAttribute('data-passed', 'false');
  await expect(failed).toContainText('不归我们管');
  await pageA.getByTestId('scorecard').scrollIntoViewIfNeeded();
  await settledScreenshot(pageA, 'scorecard-agent-closed');

  // She appeals the failed check.
  await failed.getByTestId('quality-appeal').click();
  await pageA.getByTestId('quality-text').fill('这是转述客户的话，并非我对客户所说');
  await settledScreenshot(pageA, 'scorecard-agent-appeal-dialog');
  await pageA.getByTestId('quality-submit').click();
  await expect(failed.getByTestId('quality-appeal-line')).toHaveAttribute('data-status', 'open');
  await syncedNow(pageA);

  // 李强, her team's lead, sees the failed check and the open appeal, and upholds it.
  await switchTo(pageB, { id: 'L2001', name: '李强' });
  await syncUntil(pageB, async () => {
    await goToComplaint(pageB, id);
    await expect(check(pageB, '无推诿用语').getByTestId('quality-appeal-line')).toHaveAttribute('data-status', 'open', { timeout: 2_000 });
  }, 60_000);
  const onLead = check(pageB, '无推诿用语');
  await expect(onLead).toHaveAttribute('data-passed', 'false');
  await pageB.getByTestId('scorecard').scrollIntoViewIfNeeded();
  await inBothLanguages(pageB, 'scorecard-lead-sees-appeal');
  await onLead.getByTestId('quality-resolve').click();
  await pageB.getByRole('radio', { name: /申诉成立/ }).check();
  await pageB.getByTestId('quality-text').fill('复听录音属实，改为通过');
  await settledScreenshot(pageB, 'scorecard-lead-resolve-dialog');
  await pageB.getByTestId('quality-submit').click();
  await expect(onLead).toHaveAttribute('data-passed', 'true');
  await expect(onLead.getByTestId('quality-appeal-line')).toHaveAttribute('data-status', 'upheld');
  await syncedNow(pageB);

  // Her desk gets the resolution; the lead's reports show her average.
  await syncUntil(pageA, async () => {
    await expect(check(pageA, '无推诿用语').getByTestId('quality-appeal-line')).toHaveAttribute('data-status', 'upheld', { timeout: 2_000 });
  }, 60_000);
  await pageA.getByTestId('scorecard').scrollIntoViewIfNeeded();
  await inBothLanguages(pageA, 'scorecard-agent-upheld');
  await pageB.evaluate(() => (window.location.hash = '#/reports'));
  await pageB.getByRole('tab', { name: '质检' }).click();
  await expect(pageB.getByTestId('quality-report')).toContainText('王芳');
  await inBothLanguages(pageB, 'scorecard-lead-report');
});
