import { expect, type Page } from '@playwright/test';
import { screenshot } from './screenshots';

/** Lets antd's open/close motions finish, so the picture shows what the agent sees. */
export async function settledScreenshot(page: Page, name: string, options: Parameters<typeof screenshot>[2] = {}): Promise<void> {
  await page.waitForTimeout(400);
  await screenshot(page, name, options);
}

/** 设置 → 更换坐席: back to the start-of-shift form. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /设置/ }).click();
  await page.getByRole('button', { name: '更换坐席' }).click();
}

/** Types into a field the way an agent does: focus it, then the keyboard. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
}

/** Opens a complaint's page by its id, as a link from another screen would. */
export async function openComplaint(page: Page, id: string): Promise<void> {
  await page.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
  await expect(page.getByTestId('complaint-number')).toBeVisible();
}

export interface IntakeTyped {
  phone?: string;
  /** null: left empty. */
  policyNumber?: string | null;
  /** How long the form and the saved page may take to appear (busier in the sync specs); the run's default otherwise. */
  timeout?: number;
}

/** Takes a complaint through the intake by keyboard (Alt+N … Ctrl+S); answers its id and number. */
export async function takeComplaint(page: Page, { phone = '138 0013 8000', policyNumber = 'P2026-000123', timeout }: IntakeTyped = {}): Promise<{ id: string; number: string }> {
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused({ timeout });
  await page.keyboard.type('张伟');
  await typeInto(page, '#intake-contactPhone', phone);
  if (policyNumber !== null) await typeInto(page, '#intake-policyNumber', policyNumber);
  await typeInto(page, '#intake-complaintType', '理赔');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-complaintSubtype', '金额');
  await page.keyboard.press('Enter');
  await typeInto(page, '#intake-description', '车险理赔金额比定损少了三千元，客户认为不合理。');
  await typeInto(page, '#intake-demand', '按定损金额全额赔付');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/, { timeout });
  return { id: page.url().split('#/complaints/')[1]!, number: (await page.getByTestId('complaint-number').textContent())! };
}
