import { expect, type Page } from '@playwright/test';
import { screenshot } from './screenshots';

/** Lets antd's open/close motions finish, so the picture shows what the agent sees. */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await screenshot(page, name);
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
