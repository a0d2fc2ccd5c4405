import { expect, type Page } from '@playwright/test';
import { typeInto } from './agent-actions';

/** Ctrl+Enter on the stage form: saved, and the stage bar moves on to `to` (on a desk that also syncs, a save can take seconds). */
export async function advance(page: Page, to: RegExp): Promise<void> {
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-bar').locator('.ant-steps-item-process')).toContainText(to, { timeout: 15_000 });
}

/** 问题分析: the demand's strength, the company's part, the kind of problem, and the cause. */
export async function fillAnalysis(page: Page): Promise<void> {
  await page.getByLabel('强烈', { exact: true }).check();
  await page.getByLabel('部分责任', { exact: true }).check();
  await page.getByLabel('服务质量', { exact: true }).check();
  await typeInto(page, '#wf-companyResponsibility-explanation', '定损员漏计了后保险杠的更换费用');
  await typeInto(page, '#wf-externalFactors-explanation', '无');
  await typeInto(page, '#wf-rootCause', '定损复核流程缺少第二人核对');
}

/** 问题解决方案: the option, two steps, the assessment, the customer's confirmation. */
export async function fillSolution(page: Page, option: string): Promise<void> {
  await typeInto(page, '#wf-chosenOption', option);
  await typeInto(page, '#wf-steps-0-description', '复核定损单与维修发票');
  await page.getByRole('button', { name: '添加具体步骤' }).click();
  await typeInto(page, '#wf-steps-1-description', '补足差额并书面告知客户');
  await typeInto(page, '#wf-feasibility-assessment', '定损单有误，补赔在权限范围内');
  await page.locator('#wf-customerConfirmation-confirmed').check();
}

/** 解决方案执行: the solution's steps carried over as measures, who did them, a follow-up and the effect. */
export async function fillExecution(page: Page): Promise<void> {
  await expect(page.locator('#wf-measures-0-description')).toHaveValue('复核定损单与维修发票');
  await typeInto(page, '#wf-measures-0-department', '理赔部');
  await typeInto(page, '#wf-measures-0-person', '赵敏');
  await typeInto(page, '#wf-measures-1-department', '客服部');
  await typeInto(page, '#wf-followUps-0-note', '已补赔三千元，客户已收到短信通知');
  await typeInto(page, '#wf-effectEvaluation-evaluation', '差额已到账，问题已解决');
  await page.locator('#wf-effectEvaluation-problemSolved').check();
}
