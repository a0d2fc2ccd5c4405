import type { Page, PageScreenshotOptions } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Full-window screenshots at 1366×768 (fullPage: the whole page), named <screen>.<language>.png, for people to look at. */
export async function screenshot(page: Page, name: string, { fullPage = false }: Pick<PageScreenshotOptions, 'fullPage'> = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const language = (await page.locator('html').getAttribute('lang')) || 'zh-CN';
  const path = resolve(SCREENSHOT_DIR, `${name}.${language}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
