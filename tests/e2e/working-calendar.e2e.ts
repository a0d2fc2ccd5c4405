import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot } from './support/agent-actions';
import { AxeFindings } from './support/axe';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

async function inBothLanguages(page: Page, name: string, axe: AxeFindings) {
  // The pointer off the button just clicked: its hover colour is not what the admin reads (and axe would measure it).
  await page.mouse.move(0, 0);
  await settledScreenshot(page, name);
  await axe.scan(page, name);
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settledScreenshot(page, name);
  await axe.scan(page, name);
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function openCalendar(page: Page) {
  await page.getByRole('menuitem', { name: /管理/ }).click();
  await page.getByRole('tab', { name: '工作日历' }).click();
  await expect(page.getByTestId('working-calendar')).toBeVisible();
}

test('an admin keeps the working calendar: a bad date is refused with its reason, a new year with a holiday is saved on the server', async ({ page }) => {
  test.setTimeout(180_000);
  const axe = new AxeFindings();
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { name: '陈静', id: 'M3001' });
  await openCalendar(page);

  // The 2026 schedule is seeded from the State Council's notice: 33 days off, 6 make-up working days, each named.
  const card = page.getByTestId('working-calendar');
  await expect(page.locator('#wc-source-2026')).toHaveValue(/国办发明电〔2025〕7号/);
  const year2026 = page.getByTestId('working-calendar-year-2026');
  await expect(year2026).toContainText('放假 33 天，调休上班 6 天');
  await expect(year2026.getByTestId('working-calendar-days')).toContainText('元旦调休上班');
  await expect(page.locator('#wc-return-visit-days')).toHaveValue('5');

  // A day of another year, and a 调休 Saturday entered as a day off too: refused with the reason, nothing added.
  await page.locator('#wc-day-2026').fill('2027-10-08');
  await page.keyboard.press('Enter');
  await expect(year2026.getByTestId('working-calendar-refusal')).toHaveText('日期不属于该年份');
  await page.locator('#wc-day-2026').fill('2026-10-10');
  await page.keyboard.press('Enter');
  await expect(year2026.getByTestId('working-calendar-refusal')).toHaveText('同一天不能既放假又上班');
  await expect(year2026).toContainText('放假 33 天，调休上班 6 天');
  await inBothLanguages(page, 'working-calendar-refused', axe);
  await expect(year2026.getByTestId('working-calendar-refusal')).toHaveText('同一天不能既放假又上班');

  // A year kept already is refused too.
  await page.locator('#wc-new-year').fill('2026');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('alert').filter({ hasText: '同一年份只能有一份安排' })).toBeVisible();

  // 2027: added, with a day off named 元旦, by the keyboard (Enter adds, the focus returns to the date).
  await page.locator('#wc-new-year').fill('2027');
  await page.keyboard.press('Enter');
  const year2027 = page.getByTestId('working-calendar-year-2027');
  await expect(year2027).toBeVisible();
  await expect(year2027).toContainText('这一年还没有录入日期');
  await page.locator('#wc-day-2027').fill('2027-01-01');
  await page.locator('#wc-name-2027').fill('元旦');
  await page.keyboard.press('Enter');
  await expect(page.locator('#wc-day-2027')).toBeFocused();
  await expect(year2027.getByTestId('working-calendar-days')).toContainText('2027-01-01');
  await expect(year2027.getByTestId('working-calendar-days')).toContainText('元旦');

  // A return visit in 0 working days: the schema's own message beside the field, and nothing is sent.
  await page.locator('#wc-return-visit-days').fill('0');
  await page.getByTestId('save-working-calendar').click();
  await expect(card.getByText('天数为 1–60 的整数')).toBeVisible();
  await page.locator('#wc-return-visit-days').fill('3');
  await page.getByTestId('save-working-calendar').click();
  await expect(page.getByText('工作日历已保存')).toBeVisible({ timeout: 15_000 });
  await inBothLanguages(page, 'working-calendar-saved', axe);

  // Saved on the server: after a reload it comes back from there.
  await page.reload();
  await openCalendar(page);
  await page.getByRole('tab', { name: '2027 年' }).click();
  await expect(page.getByTestId('working-calendar-year-2027').getByTestId('working-calendar-days')).toContainText('元旦');
  await expect(page.locator('#wc-return-visit-days')).toHaveValue('3');

  expect(axe.violations, axe.report()).toEqual([]);
});
