import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SAMPLE_PDF } from '../../support/sample-files';
import { typeInto } from './agent-actions';

/** The agent who complains on the policyholder's behalf, as the walk types them in. */
export const POLICYHOLDERS_AGENT = { name: '李律师', idNumber: '11010519491231002X', phone: '139 0000 1111', authorisation: '授权委托书.pdf' } as const;

/** Picks `option` in the antd Select whose input has id `id`. */
async function choose(page: Page, id: string, option: string | RegExp) {
  await page.locator(id).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

/**
 * 投诉登记 on behalf of the policyholder by an agent (Arts. 13–14): the signed 授权委托书 is attached to the
 * complaint (附件), then the registration names the agent, their identity and phone and that attachment, with
 * the regulator's reason and line, and completes the stage. The complaint page must be open at registration.
 * Shared by the representation spec and the walk that continues with the clock stop, 回访 and 核查.
 */
export async function registerOnBehalfOfPolicyholder(page: Page, outputDir: string): Promise<void> {
  await expect(page.getByTestId('stage-form-registration')).toBeVisible();
  mkdirSync(outputDir, { recursive: true });
  const pdf = join(outputDir, POLICYHOLDERS_AGENT.authorisation);
  writeFileSync(pdf, SAMPLE_PDF);
  await page.getByRole('tab', { name: '附件' }).click();
  await page.getByTestId('attachments-panel').locator('input[type=file]').setInputFiles([pdf]);
  await expect(page.getByTestId('attachment')).toHaveCount(1);

  await typeInto(page, '#wf-policy-productName', '家庭自用汽车损失保险');
  // The line follows the product (车 → 机动车辆保险); the reason is proposed from the subtype.
  await expect(page.locator('#wf-lineCode').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('机动车辆保险');
  const fields = page.getByTestId('representation-fields');
  await fields.getByLabel('委托代理人', { exact: true }).check();
  await typeInto(page, '#wf-representation-onBehalf-name', POLICYHOLDERS_AGENT.name);
  await typeInto(page, '#wf-representation-onBehalf-phone', POLICYHOLDERS_AGENT.phone);
  await choose(page, '#wf-representation-onBehalf-identity-kind', '居民身份证');
  await typeInto(page, '#wf-representation-onBehalf-identity-number', POLICYHOLDERS_AGENT.idNumber);
  await choose(page, '#wf-representation-onBehalf-authorisationAttachmentId', POLICYHOLDERS_AGENT.authorisation);
  await typeInto(page, '#wf-representation-complainedAbout-institution', '北京分公司');
}
