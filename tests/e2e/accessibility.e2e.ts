import { expect, test, type Locator, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot, signOut, typeInto } from './support/agent-actions';
import { AxeFindings } from './support/axe';
import { seedAccessibility, type AccessibilitySeed } from './support/seed-accessibility';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules over every main screen and dialog, as an agent, a lead and an admin, in
 * zh-CN and English at 1366×768 (the run's window): any violation fails the test, with every one of them listed.
 * Each dialog is also checked to keep the focus inside while open (Tab and Shift+Tab) and to give it back on Esc.
 */
let host: RunningHost | null = null;
/** Some seventy scans of a few seconds each, more on the shared machine. */
test.describe.configure({ timeout: 15 * 60_000 });
// A click that cannot happen (the page went blank: the renderer rebuilt under a running host) fails soon, not at the end.
test.use({ actionTimeout: 30_000 });
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

const LANGUAGES = [
  ['zh-CN', '中文'],
  ['en', 'English'],
] as const;
type Language = (typeof LANGUAGES)[number][0];

async function switchLanguage(page: Page, language: Language, label: string): Promise<void> {
  await page.getByText(label, { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

const menu = (page: Page, name: RegExp) => page.getByRole('menuitem', { name });
/** The open dialog (antd keeps closed ones in the page, hidden). */
const OPEN_DIALOG = '.ant-modal-wrap:not([style*="display: none"])';

/** Whether the focused element is inside the open dialog. */
const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.ant-modal-wrap, .ant-modal'));

/**
 * A dialog opened by `open` (its trigger, pressed, or a function pressing a shortcut): scanned; Tab and Shift+Tab, pressed more often than
 * it has controls, never leave it; Esc closes it and the focus is back on its trigger (or where it was before a
 * shortcut opened it). Focus problems are listed with axe's findings, so one run names them all.
 */
async function scanDialog(page: Page, axe: AxeFindings, where: string, open: Locator | (() => Promise<void>)): Promise<void> {
  const trigger = typeof open === 'function' ? null : open;
  await page.evaluate(() => document.activeElement?.setAttribute('data-focus-before-dialog', ''));
  if (trigger) await trigger.click();
  else await (open as () => Promise<void>)();
  const dialog = page.locator(OPEN_DIALOG).getByRole('dialog');
  await expect(dialog).toBeVisible();
  await axe.scan(page, where, { within: OPEN_DIALOG });
  trap: for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key);
      if (!(await focusInDialog(page))) {
        await axe.note(page, where, `the focus left the dialog after ${i + 1} × ${key}`);
        break trap;
      }
    }
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const returned = await page.evaluate((byTrigger) => {
    const before = document.querySelector('[data-focus-before-dialog]');
    before?.removeAttribute('data-focus-before-dialog');
    if (byTrigger) return true;
    return before === null || before === document.body || before === document.activeElement;
  }, !!trigger);
  const onTrigger = trigger ? await trigger.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)) : true;
  if (!returned || !onTrigger) await axe.note(page, where, 'the focus did not return to what opened the dialog');
}

async function startSeeded(page: Page): Promise<AccessibilitySeed> {
  const dataDir = newDataDir();
  const seed = seedAccessibility(dataDir);
  host = await startHost(dataDir);
  await page.goto(host.url);
  return seed;
}

async function signedIn(page: Page, who: { name: string; id: string }): Promise<AccessibilitySeed> {
  const seed = await startSeeded(page);
  await signIn(page, who);
  return seed;
}

/** The screens every role has: queue, intake, calls, sync, settings, the F1 sheet and search. */
async function scanEveryonesScreens(page: Page, axe: AxeFindings): Promise<void> {
  await menu(page, /我的队列|My queue/).click();
  // A lead's or an admin's own queue may be empty: the page, not a group of it.
  await expect(page.getByRole('heading', { name: /我的队列|My queue/ })).toBeVisible();
  await axe.scan(page, 'my queue');

  await menu(page, /新建投诉|New complaint/).click();
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await axe.scan(page, 'intake');
  await page.keyboard.press('Control+S');
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await axe.scan(page, 'intake with its errors');

  await menu(page, /通话记录|Calls/).click();
  await axe.scan(page, 'calls');
  await menu(page, /同步|Sync/).click();
  await axe.scan(page, 'sync');
  await menu(page, /设置|Settings/).click();
  await expect(page.getByTestId('display-settings')).toBeVisible();
  await axe.scan(page, 'settings');

  await scanDialog(page, axe, 'F1 shortcut sheet', () => page.keyboard.press('F1'));
  await scanDialog(page, axe, 'search', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.type('张伟');
    await expect(page.locator('[id^="search-hit-"]').first()).toBeVisible();
  });
}

/** A complaint at its first stage and each dialog its action bar opens, one at 客户反馈 with its refused-solution dialog, a closed one. */
async function scanComplaintPages(page: Page, axe: AxeFindings, seed: AccessibilitySeed): Promise<void> {
  await openComplaint(page, seed.open.id);
  await axe.scan(page, 'complaint at 投诉受理');
  const actions = page.getByTestId('complaint-action-buttons').getByRole('button');
  const names = await actions.evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).map((b) => b.textContent ?? ''));
  expect(names.length, 'action dialogs').toBeGreaterThanOrEqual(2);
  for (const name of names) await scanDialog(page, axe, `complaint dialog ${name}`, actions.filter({ hasText: name }));
  await openComplaint(page, seed.atFeedback.id);
  await axe.scan(page, 'complaint at 客户反馈');
  await scanDialog(page, axe, 'refused solution dialog', page.getByRole('button', { name: /客户不接受方案|Customer refuses the solution/ }));
  await openComplaint(page, seed.closed.id);
  await axe.scan(page, 'closed complaint');
}

/** 报表: the dashboard, one chart as its table, 监管统计, 溯源整改. */
async function scanReports(page: Page, axe: AxeFindings): Promise<void> {
  await menu(page, /报表|Reports/).click();
  await expect(page.getByTestId('chart-bySubtype').locator('svg').first()).toBeVisible();
  await axe.scan(page, 'reports dashboard');
  await page.getByTestId('chart-bySubtype').getByText(/^(表格|Table)$/).click();
  await expect(page.getByTestId('chart-bySubtype').locator('.ant-table')).toBeVisible();
  await axe.scan(page, 'reports dashboard, a chart as its table');
  await page.getByRole('tab', { name: /监管统计|Regulatory statistics/ }).click();
  await expect(page.getByTestId('regulatory-figures')).toBeVisible();
  await axe.scan(page, 'regulatory statistics');
  await page.getByRole('tab', { name: /溯源整改|Root causes/ }).click();
  await expect(page.getByTestId('root-causes')).toBeVisible();
  await axe.scan(page, 'root causes');
  await page.getByRole('tab', { name: /看板|Dashboard/ }).click();
}

/** 团队: the queue, the reassignment dialog, the members (a lead's). */
async function scanTeam(page: Page, axe: AxeFindings, { members }: { members: boolean }): Promise<void> {
  await menu(page, /团队|Team/).click();
  const rows = page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row');
  await expect(rows.first()).toBeVisible();
  await axe.scan(page, 'team queue');
  await rows.first().locator('.ant-checkbox-input').check();
  await scanDialog(page, axe, 'bulk reassignment', page.getByTestId('bulk-reassign'));
  await rows.first().locator('.ant-checkbox-input').uncheck();
  if (members) {
    await page.getByRole('tab', { name: /成员|Members/ }).click();
    await expect(page.getByTestId('team-members')).toBeVisible();
    await axe.scan(page, 'team members');
    await page.getByRole('tab', { name: /队列|Queue/ }).click();
  }
}

test("the sign-in page and an agent's screens and dialogs have no WCAG 2.1 A/AA violation, in zh-CN and English", async ({ page }) => {
  const seed = await startSeeded(page);
  const axe = new AxeFindings();
  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await expect(page.locator('#employee-no')).toBeVisible();
    await axe.scan(page, 'sign-in');
  }
  await switchLanguage(page, 'zh-CN', '中文');
  await page.locator('#employee-no').focus();
  await signIn(page);
  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await scanEveryonesScreens(page, axe);
    await scanComplaintPages(page, axe, seed);
  }
  expect(axe.violations, axe.report()).toEqual([]);
});

test("a lead's screens and dialogs (team queue, reassignment, members, reports, a complaint's approvals) have no WCAG 2.1 A/AA violation", async ({ page }) => {
  const seed = await signedIn(page, { name: '李强', id: 'L2001' });
  const axe = new AxeFindings();
  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await scanTeam(page, axe, { members: true });
    await scanReports(page, axe);
    await scanEveryonesScreens(page, axe);
    await scanComplaintPages(page, axe, seed);
  }
  expect(axe.violations, axe.report()).toEqual([]);
});

test("an admin's screens and dialogs (users, teams, organisation settings and their dialogs) have no WCAG 2.1 A/AA violation", async ({ page }) => {
  await signedIn(page, { name: '陈静', id: 'M3001' });
  const axe = new AxeFindings();
  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await menu(page, /管理|Administration/).click();
    await expect(page.getByRole('row', { name: /A1001/ })).toBeVisible();
    await axe.scan(page, 'admin users');
    await scanDialog(page, axe, 'new user', page.getByRole('button', { name: /新建用户|New user/ }));
    const userRow = page.getByRole('row', { name: /A1001/ });
    await scanDialog(page, axe, 'edit user', userRow.getByRole('button', { name: /^(编\s?辑|Edit)$/ }));
    await scanDialog(page, axe, 'reset password', userRow.getByRole('button', { name: /重置密码|Reset password/ }));
    await page.getByRole('tab', { name: /团队与分支机构|Teams and branches/ }).click();
    await expect(page.getByRole('button', { name: /新建团队|New team/ })).toBeVisible();
    await axe.scan(page, 'admin teams and branches');
    await scanDialog(page, axe, 'new team', page.getByRole('button', { name: /新建团队|New team/ }));
    await page.getByRole('tab', { name: /机构设置|Organisation settings/ }).click();
    await expect(page.getByTestId('taxonomy-editor')).toBeVisible();
    await axe.scan(page, 'admin organisation settings');
    await page.getByRole('tab', { name: /^(用户|Users)$/ }).click();
    await scanTeam(page, axe, { members: false });
    await scanReports(page, axe);
    await scanEveryonesScreens(page, axe);
  }
  expect(axe.violations, axe.report()).toEqual([]);
});

test('high contrast, switched on in Settings, darkens every screen, stays after a reload and on the sign-in page, and still passes axe', async ({ page }) => {
  const seed = await signedIn(page, { name: '王芳', id: 'A1001' });
  const axe = new AxeFindings();
  await menu(page, /设置/).click();
  const toggle = page.getByRole('switch', { name: '高对比度' });
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await settledScreenshot(page, 'high-contrast-settings');
  await axe.scan(page, 'settings, high contrast');

  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('.ant-form-item-label label')!).color,
    border: getComputedStyle(document.querySelector('.ant-input')!).borderColor,
    primary: getComputedStyle(document.querySelector('.ant-btn-primary')!).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', border: expect.stringMatching(/^rgb\(0, 0, 0\)$|^rgb\(0, 62, 179\)$/), primary: 'rgb(0, 62, 179)' });
  await settledScreenshot(page, 'high-contrast-intake');
  await axe.scan(page, 'intake, high contrast');
  await openComplaint(page, seed.open.id);
  await settledScreenshot(page, 'high-contrast-complaint');
  await axe.scan(page, 'complaint, high contrast');

  await page.reload();
  await expect(page.getByTestId('complaint-number')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await signOut(page);
  await expect(page.locator('#employee-no')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await axe.scan(page, 'sign-in, high contrast');
  await settledScreenshot(page, 'high-contrast-sign-in');
  expect(axe.violations, axe.report()).toEqual([]);
});

/** Lines of an aria snapshot naming a control with no name ("- textbox" instead of "- textbox \"客户姓名\""). */
const unnamedControls = (snapshot: string) =>
  snapshot.split('\n').filter((line) => /^\s*- (textbox|searchbox|combobox|button|switch|checkbox|radio|spinbutton|slider|menuitem|tab|link|region)(\s*\[[^\]]*\])*\s*(:.*)?$/.test(line));

test('as a screen reader reads it: every control named, an incoming call and a due reminder announced without moving the focus', async ({ page }) => {
  await signedIn(page, { name: '王芳', id: 'A1001' });
  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await page.keyboard.press('Alt+N');
    await expect(page.locator('#intake-customerName')).toBeFocused();
    for (const part of [page.getByRole('banner'), page.getByRole('complementary').first(), page.getByRole('main')]) {
      expect(unnamedControls(await part.ariaSnapshot()), `unnamed controls [${language}]`).toEqual([]);
    }
  }
  await switchLanguage(page, 'zh-CN', '中文');

  // A call while the agent types: read out at once, the focus stays in the field, the notice is not a second alert.
  await page.keyboard.type('张伟');
  await typeInto(page, '#intake-description', '保单退保金额与承诺不符。');
  const announcement = page.getByTestId('incoming-call-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'assertive');
  await expect(announcement).toHaveText('');
  const response = await fetch(host!.ctiUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event: 'newCall', direction: 'in', from: '13900139000', to: '95500', callId: 'a11y-call' }) });
  expect(response.status).toBe(200);
  await expect(page.getByTestId('incoming-call')).toBeVisible();
  await expect(announcement).toHaveText(/新来电，13900139000，.*Alt\+J.*Alt\+L/);
  await expect(page.locator('#intake-description')).toBeFocused();
  await expect(page.getByRole('region', { name: '等待处理的来电' })).toBeVisible();
  await expect(page.getByTestId('incoming-call')).toHaveAttribute('role', 'group');
  await page.keyboard.press('Alt+L');
  await expect(announcement).toHaveText('');

  // The desk's reminder clock (every minute) finds 王芳's complaints due soon and overdue: said politely, once.
  const reminders = page.getByTestId('reminder-announcement');
  await expect(reminders).toHaveAttribute('role', 'status');
  // Said in the language of the moment it came: the first check runs 3 s after the desk opens, which may be while this test reads the page in English.
  await expect(reminders).toContainText(/即将到期|已超期|超期|due soon|overdue/i, { timeout: 75_000 });
  // The sync state's region is in the top bar from the start, so a change is read out.
  await expect(page.getByTestId('sync-announcement')).toHaveAttribute('aria-live', 'polite');
});
