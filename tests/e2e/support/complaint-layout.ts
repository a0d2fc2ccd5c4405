import { expect, type Page } from '@playwright/test';
import { settledScreenshot } from './agent-actions';

/** UI.md's laptop, and the smaller window an agent may have beside the softphone. */
const WINDOWS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;

/**
 * The action buttons of the open complaint sit in at most two rows (a lead's full set — extension, clock stop,
 * contact, assignment, contact details, withdrawal — wraps once at 1280), none sticking out of their card.
 */
async function expectActionButtonsInTheirCard(page: Page): Promise<void> {
  const group = page.getByTestId('complaint-action-buttons');
  const card = page.getByTestId('complaint-main').locator('.ant-card').first();
  const cardBox = (await card.boundingBox())!;
  const boxes = await group.getByRole('button').evaluateAll((buttons) => buttons.map((button) => ({ text: button.textContent, ...button.getBoundingClientRect().toJSON() }) as { text: string; top: number; right: number }));
  expect(boxes.length, 'action buttons').toBeGreaterThan(1);
  expect(new Set(boxes.map((box) => Math.round(box.top))).size, `rows of ${boxes.map((box) => box.text).join(', ')}`).toBeLessThanOrEqual(2);
  for (const box of boxes) expect(box.right, box.text).toBeLessThanOrEqual(cardBox.x + cardBox.width);
}

/** Every label of the intake summary is on one line, and each label column is no wider than its widest label. */
async function expectSummaryLabelsSizedToContent(page: Page): Promise<void> {
  const labels = await page
    .getByTestId('intake-summary')
    .locator('th.ant-descriptions-item-label')
    .evaluateAll((cells) =>
      cells.map((cell) => {
        const text = document.createRange();
        text.selectNodeContents(cell);
        const style = getComputedStyle(cell);
        const box = cell.getBoundingClientRect();
        return {
          label: cell.textContent ?? '',
          lines: new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size,
          left: Math.round(box.left),
          width: box.width,
          needed: text.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight),
        };
      }),
    );
  expect(labels.length).toBeGreaterThan(0);
  for (const { label, lines } of labels) expect(lines, `lines of "${label}"`).toBe(1);
  for (const left of new Set(labels.map((label) => label.left))) {
    const column = labels.filter((label) => label.left === left);
    expect(column[0]!.width, `label column of ${column.map((label) => label.label).join(', ')}`).toBeLessThanOrEqual(Math.max(...column.map((label) => label.needed)) + 2);
  }
}

type Box = { name: string; left: number; right: number; top: number; bottom: number };

/**
 * Each stage's name is on one line, and the stage bar's names, step icons and deadline all fit inside its card
 * without overlapping: a name is never broken ("投诉受 / 理") nor pushed under its neighbour.
 */
async function expectStageNamesWhole(page: Page): Promise<void> {
  const bar = page.getByTestId('stage-bar');
  const card = (await bar.boundingBox())!;
  const { titles, boxes } = await bar.evaluate((root) => {
    const edges = (name: string, rect: DOMRect): Box => ({ name, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    const titles = [...root.querySelectorAll('.ant-steps-item-title')].map((title) => {
      const text = document.createRange();
      text.selectNodeContents(title);
      return { name: title.textContent ?? '', lines: new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size, box: edges(title.textContent ?? '', text.getBoundingClientRect()) };
    });
    const icons = [...root.querySelectorAll('.ant-steps-item-icon')].map((icon, index) => edges(`icon ${index + 1}`, icon.getBoundingClientRect()));
    const deadline = [...root.querySelectorAll('[data-testid="stage-deadline"] > *')].map((part) => edges(part.textContent ?? '', part.getBoundingClientRect()));
    return { titles, boxes: [...titles.map((title) => title.box), ...icons, ...deadline] };
  });
  expect(titles.length, 'stages').toBe(7);
  for (const { name, lines } of titles) expect(lines, `lines of "${name}"`).toBe(1);
  const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  for (const [index, box] of boxes.entries()) {
    expect(box.left, `"${box.name}" inside the stage bar`).toBeGreaterThanOrEqual(card.x);
    expect(box.right, `"${box.name}" inside the stage bar`).toBeLessThanOrEqual(card.x + card.width);
    for (const other of boxes.slice(index + 1)) expect(overlap(box, other), `"${box.name}" overlaps "${other.name}"`).toBe(false);
  }
}

/** The intake's type / subtype breaks, if at all, only at the slash between them, never inside either name. */
async function expectComplaintTypeBreaksAtSlash(page: Page): Promise<void> {
  const { text, breaks } = await page.getByTestId('complaint-type-value').evaluate((value) => {
    const characters: { character: string; top: number }[] = [];
    const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < node.textContent!.length; offset++) {
        const character = node.textContent![offset]!;
        if (/\s/.test(character)) continue;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        characters.push({ character, top: Math.round(range.getBoundingClientRect().top) });
      }
    }
    const breaks = characters.flatMap((character, index) => (index > 0 && character.top > characters[index - 1]!.top ? [`${characters[index - 1]!.character}|${character.character}`] : []));
    return { text: value.textContent ?? '', breaks };
  });
  for (const at of breaks) expect(at.includes('/'), `"${text}" breaks at ${at}`).toBe(true);
}

/**
 * The complaint page in the current language, in each window size: stage names whole and the stage bar uncrowded,
 * action buttons on one row, the intake summary's labels sized to their content and its type broken only between
 * type and subtype; a screenshot of each (complaint-page-<width>.<language>.png). Leaves the window at 1366×768.
 */
export async function expectTidyComplaintPage(page: Page): Promise<void> {
  for (const size of WINDOWS) {
    await page.setViewportSize(size);
    await expectStageNamesWhole(page);
    await expectActionButtonsInTheirCard(page);
    await expectSummaryLabelsSizedToContent(page);
    await expectComplaintTypeBreaksAtSlash(page);
    await settledScreenshot(page, `complaint-page-${size.width}`, { fullPage: true });
  }
  await page.setViewportSize(WINDOWS[0]);
}
