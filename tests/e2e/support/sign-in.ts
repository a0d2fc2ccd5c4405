import { expect, type Page } from '@playwright/test';

/** Every demo account's password (the server's `demo` organisation). */
export const DEMO_PASSWORD = 'Demo@2026';

export interface SignInAs {
  /** The demo person's name: checked against what the server says, never typed. */
  name?: string;
  /** 工号 of a demo account: A1001 王芳, B2002 赵敏 (agents), L2001 李强 (lead), M3001 陈静 (admin). */
  id?: string;
  /** The role's label; the role comes from the server's account, so it is only documentation here. */
  role?: string;
  password?: string;
  /** How long the sign-in page and then the signed-in top bar may take (the run's default otherwise). */
  timeout?: number;
}

/** Signs in with 工号 and password on the sign-in page by keyboard, as an agent does. */
export async function signIn(page: Page, { name = '王芳', id = 'A1001', password = DEMO_PASSWORD, timeout }: SignInAs = {}): Promise<void> {
  await expect(page.locator('#employee-no')).toBeFocused({ timeout });
  await page.keyboard.type(id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  const agent = page.getByTestId('signed-in-agent');
  await expect(agent).toContainText(id, { timeout });
  await expect(agent).toContainText(name, { timeout });
}
