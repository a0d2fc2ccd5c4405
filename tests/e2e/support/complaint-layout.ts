import { expect, type Page } from '@playwright/test';
import { settledScreenshot } from './agent-actions';

/** UI.md's laptop, and the smaller window an agent may have beside the softphone. */
const WINDOWS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;

/** The action buttons of the open complaint share one row, none sticking out of their card. */
async function expectActionButtonsOnOneRow(page: Page): Promise<void> {
  const group = page.getByTestId('complaint-action-buttons');
  const card = page.getByTestId('complaint-main').locator('.ant-card').first();
  const cardBox = (await card.boundingBox())!;
  const boxes = await group.getByRole('button').evaluateAll((buttons) => buttons.map((button) => ({ text: button.textContent, ...button.getBoundingClientRect().toJSON() }) as { text: string; top: number; right: number }));
  expect(boxes.length, 'action buttons').toBeGreaterThan(1);
  expect(new Set(boxes.map((box) => Math.round(box.top))).size, `rows of ${boxes.map((box) => box.text).join(', ')}`).toBe(1);
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

/**
 * The complaint page in the current language, in each window size: action buttons on one row, the intake summary's
 * labels sized to their content; a screenshot of each (complaint-page-<width>.<language>.png). Leaves the window at 1366×768.
 */
export async function expectTidyComplaintPage(page: Page): Promise<void> {
  for (const size of WINDOWS) {
    await page.setViewportSize(size);
    await expectActionButtonsOnOneRow(page);
    await expectSummaryLabelsSizedToContent(page);
    await settledScreenshot(page, `complaint-page-${size.width}`, { fullPage: true });
  }
  await page.setViewportSize(WINDOWS[0]);
}
