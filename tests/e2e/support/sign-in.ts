import { expect, type Page } from '@playwright/test';

export interface SignInAs {
  name?: string;
  id?: string;
  /** The role's label on the sign-in form (坐席 is preselected). */
  role?: string;
}

/** Signs in on the start-of-shift form by keyboard, as an agent does. */
export async function signIn(page: Page, { name = '王芳', id = 'A1001', role }: SignInAs = {}): Promise<void> {
  await expect(page.locator('#agent-name')).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(id);
  if (role) await page.getByLabel(role, { exact: true }).check();
  await page.locator('#agent-id').press('Enter');
  await expect(page.getByTestId('signed-in-agent')).toContainText(id);
}
