import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

/**
 * The browser zoomed to 200 % on UI.md's 1366×768 laptop, and the keyboard alone: a whole intake, then one stage
 * (投诉登记). Zoom is emulated as the browser does it: the window stays 1366×768 device pixels and the page gets half
 * as many CSS pixels (683×384) at a device scale factor of 2, so media queries, antd's breakpoints and scrolling see
 * what a zoomed Chromium shows them. (`document.body.style.zoom` would scale the body inside a 1366-px layout viewport
 * instead: breakpoints would not fire, and sticky and fixed elements, popups and hit-testing would be off.)
 * At every Tab stop the focused control must be on screen and not under another element (the sticky top bar, say);
 * the labels of the fields and the buttons must be whole, and the page must not need scrolling sideways.
 */
let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2, actionTimeout: 30_000 });
test.describe.configure({ timeout: 5 * 60_000 });

/** What an agent types into each field of the intake and of 投诉登记, by the field's id; Enter picks a select's first match. */
const TYPED: Record<string, { text: string; pick?: boolean }> = {
  'intake-customerName': { text: '张伟' },
  'intake-contactPhone': { text: '138 0013 8000' },
  'intake-policyNumber': { text: 'P2026-000123' },
  'intake-complaintType': { text: '理赔', pick: true },
  'intake-complaintSubtype': { text: '金额', pick: true },
  'intake-description': { text: '车险理赔金额比定损少了三千元，客户认为不合理。' },
  'intake-demand': { text: '按定损金额全额赔付' },
  'wf-policy-productName': { text: '家庭自用汽车损失保险' },
  'wf-policy-policyHolder': { text: '张伟' },
};

/** The focused control: in the window, and the topmost element at its centre is itself or part of it. */
async function expectFocusedInView(page: Page, step: string): Promise<string> {
  const seen = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return { id: '', problem: 'nothing focused' };
    // A select's or a picker's typing box is tiny and inside the control: judge the control the agent sees.
    const control = (focused.closest('.ant-select, .ant-picker, .ant-input-number, .ant-input-affix-wrapper, .ant-segmented, .ant-checkbox-wrapper, .ant-radio-wrapper') as HTMLElement | null) ?? focused;
    const box = control.getBoundingClientRect();
    const name = focused.id || focused.getAttribute('aria-label') || focused.textContent?.trim().slice(0, 30) || focused.tagName;
    if (box.width === 0 || box.height === 0) return { id: name, problem: 'has no size' };
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) return { id: name, problem: `is off screen at ${JSON.stringify(box)}` };
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 12), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && !control.contains(top) && !top.contains(control)) return { id: name, problem: `is under ${top.outerHTML.slice(0, 120)}` };
    return { id: name, problem: '' };
  });
  expect(seen.problem, `${step}: the focused "${seen.id}"`).toBe('');
  return seen.id;
}

/** No sideways scrolling, and no label of a field or text of a button cut short. */
async function expectNothingCutOff(page: Page, where: string): Promise<void> {
  const { pageWidth, window, cut } = await page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    window: innerWidth,
    cut: [...document.querySelectorAll<HTMLElement>('.ant-form-item-label label, .ant-btn > span, .ant-steps-item-title, .ant-card-head-title, .ant-menu-title-content')]
      // The navigation's names are hidden on purpose when it keeps only its icons (they are still read out).
      .filter((el) => el.offsetParent !== null && !el.closest('.ant-menu-inline-collapsed') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? ''),
  }));
  expect(pageWidth, `${where}: the page is no wider than the window`).toBeLessThanOrEqual(window + 1);
  expect(cut, `${where}: labels and buttons shown whole`).toEqual([]);
}

/** Tabs through a form, typing what TYPED has for each field it lands on, until `done` is focused; checks every stop. */
async function tabThrough(page: Page, where: string, done: (id: string) => boolean, maxStops = 60): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    const id = await expectFocusedInView(page, `${where}, stop ${i + 1}`);
    stops.push(id);
    const typed = TYPED[id];
    if (typed) {
      await page.keyboard.type(typed.text);
      if (typed.pick) {
        await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
        await page.keyboard.press('Enter');
      }
    }
    if (done(id)) return stops;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${where}: never reached the end in ${maxStops} stops: ${stops.join(' → ')}`);
}

test('at 200 % zoom an agent takes a complaint and completes 投诉登记 with the keyboard alone; nothing is hidden or cut off', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await expectNothingCutOff(page, 'my queue');
  await settledScreenshot(page, 'zoom-200-queue');

  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await expectNothingCutOff(page, 'intake');
  await settledScreenshot(page, 'zoom-200-intake');
  const intakeStops = await tabThrough(page, 'intake', (id) => id === 'intake-initialJudgement' || id === 'intake-demand');
  expect(intakeStops).toEqual(expect.arrayContaining(['intake-customerName', 'intake-complaintType', 'intake-complaintSubtype', 'intake-description', 'intake-demand']));
  await settledScreenshot(page, 'zoom-200-intake-filled');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('complaint-number')).toHaveText(/^TS-/);
  await expectNothingCutOff(page, 'complaint page');
  await settledScreenshot(page, 'zoom-200-complaint');

  // 投诉受理 needs nothing more: Ctrl+Enter completes it, and 投诉登记's form takes the focus.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-form-registration')).toBeVisible();
  await expect(page.locator('#wf-policy-policyNumber')).toBeFocused();
  await expectNothingCutOff(page, '投诉登记');
  await tabThrough(page, '投诉登记', (id) => id === 'wf-handlerEmployeeNo');
  await settledScreenshot(page, 'zoom-200-registration-filled');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-bar').locator('.ant-steps-item-process')).toContainText('问题分析');
  await expectFocusedInView(page, '问题分析, first field');
  await settledScreenshot(page, 'zoom-200-analysis');
});
