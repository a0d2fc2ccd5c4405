import { expect, test, type Page } from '@playwright/test';
import { settledScreenshot, signOut, takeComplaint } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

const twoDesks = twoDesksOnOwnServer('assignment-e2e-server');

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

async function inBothLanguages(page: Page, name: string) {
  await settledScreenshot(page, name);
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settledScreenshot(page, name);
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function switchTo(page: Page, who: { id: string; name: string }) {
  await signOut(page);
  await signIn(page, { ...who, timeout: 60_000 });
}

// The server and desk flows are also covered by tests/integration/server/assignment-rules.test.ts,
// tests/integration/assignment/desk-rules-and-macros.test.ts and taker-desk-after-routing.test.ts.
test('an admin writes a rule and a macro; a call an agent takes lands on the chosen agent\'s desk; a lead applies the macro to three complaints at once', async ({ browser }) => {
  test.setTimeout(600_000);
  const { pageA, pageB } = await twoDesks(browser);

  // Before any rule: 王芳's three complaints stay with her (李强's team).
  const earlier: string[] = [];
  for (let i = 0; i < 3; i++) earlier.push((await takeComplaint(pageA, { timeout: 30_000, phone: `138 0013 800${i}` })).number);
  await syncedNow(pageA);

  // The admin (陈静, on desk B) defines a macro and a rule: 理赔纠纷 goes to 保全投诉二组 in turn.
  await switchTo(pageB, { id: 'M3001', name: '陈静' });
  await pageB.evaluate(() => (window.location.hash = '#/admin'));
  await pageB.getByRole('tab', { name: '宏' }).click();
  await pageB.locator('#macro-name-zh').fill('转复杂并备注');
  await pageB.locator('#macro-name-en').fill('Complex with a note');
  await pick(pageB, 'macro-step-complexity', '复杂投诉');
  await pageB.getByTestId('macro-add-step').click();
  await pick(pageB, 'macro-step-kind', '按模板添加备注');
  await pageB.locator('#macro-step-note').fill('组长已复核{{customerName}}的投诉，转为复杂件');
  await pageB.getByTestId('macro-add-step').click();
  await pick(pageB, 'macro-step-kind', '完成阶段');
  await pick(pageB, 'macro-step-stage', '完成投诉受理阶段');
  await pageB.getByTestId('macro-add-step').click();
  await expect(pageB.getByTestId('macro-draft-steps').locator('li')).toHaveCount(3);
  await pageB.getByTestId('add-macro-button').click();
  await pageB.getByTestId('save-macros').click();
  await expect(pageB.getByText('宏已保存')).toBeVisible({ timeout: 15_000 });
  await inBothLanguages(pageB, 'assignment-admin-macros');

  await pageB.getByRole('tab', { name: '分派规则' }).click();
  await pageB.locator('#rule-name-zh').fill('理赔转保全二组');
  await pageB.locator('#rule-name-en').fill('Claims to team 2');
  await pick(pageB, 'rule-types', '理赔纠纷');
  await pageB.keyboard.press('Escape');
  await pick(pageB, 'rule-target', '保全投诉二组');
  await pick(pageB, 'rule-strategy', '轮流');
  await pageB.getByTestId('add-rule').click();
  await expect(pageB.getByTestId('assignment-rules').locator('.ant-table-tbody').first()).toContainText('理赔转保全二组');
  await pageB.getByTestId('save-assignment-rules').click();
  await expect(pageB.getByText('分派规则已保存')).toBeVisible({ timeout: 15_000 });
  await inBothLanguages(pageB, 'assignment-admin-rules');

  // 吴磊 (the first of 保全投诉二组 in turn) signs in on desk B; 王芳 takes a call on desk A.
  await switchTo(pageB, { id: 'A2001', name: '吴磊' });
  const routed = await takeComplaint(pageA, { timeout: 30_000, phone: '139 0013 9000' });
  await settledScreenshot(pageA, 'assignment-taken-by-agent');
  await syncedNow(pageA);
  await syncUntil(pageB, async () => {
    await goToComplaint(pageB, routed.id);
    await expect(pageB.getByTestId('complaint-number')).toHaveText(routed.number, { timeout: 2_000 });
  });
  const assigned = pageB.locator('[data-testid="timeline-event"][data-kind="complaint.assigned"]');
  await expect(assigned).toContainText('规则：理赔转保全二组');
  await expect(assigned).toContainText('系统分派');
  await inBothLanguages(pageB, 'assignment-landed-on-chosen-agent');

  // 王芳 sees her own availability under 设置, and may set it herself.
  await pageA.getByRole('menuitem', { name: /设置/ }).click();
  await expect(pageA.getByTestId('my-availability-state')).toContainText('在岗', { timeout: 15_000 });
  await pageA.getByTestId('my-availability').scrollIntoViewIfNeeded();
  await inBothLanguages(pageA, 'assignment-my-availability');

  // The lead 李强 applies the macro to the three earlier complaints at once.
  await switchTo(pageB, { id: 'L2001', name: '李强' });
  await syncedNow(pageB);
  await pageB.evaluate(() => (window.location.hash = '#/team'));
  const table = pageB.getByTestId('team-table');
  for (const number of earlier) {
    await expect(table).toContainText(number, { timeout: 30_000 });
    await table.locator('.ant-table-row', { hasText: number }).locator('.ant-checkbox-input').check();
  }
  await pageB.getByTestId('macro-run').click();
  await pick(pageB, 'macro-run-choose', '转复杂并备注');
  await settledScreenshot(pageB, 'assignment-lead-applies-macro');
  await pageB.getByTestId('macro-run-dialog').getByRole('button', { name: /^执\s*行$/ }).click();
  await expect(pageB.getByTestId('macro-run-dialog')).toBeHidden({ timeout: 15_000 });
  await table.locator('.ant-table-row', { hasText: earlier[1]! }).getByText(earlier[1]!).click();
  await expect(pageB.getByTestId('complaint-number')).toHaveText(earlier[1]!);
  await expect(pageB.locator('[data-testid="timeline-event"][data-kind="note.added"]').first()).toContainText('转为复杂件');
  await expect(pageB.locator('.ant-select', { has: pageB.locator('#wf-complexity') })).toContainText('复杂投诉');
  await expect(pageB.locator('[data-testid="timeline-event"][data-kind="stage.advanced"]').first()).toBeVisible();
  await inBothLanguages(pageB, 'assignment-macro-applied');
});
