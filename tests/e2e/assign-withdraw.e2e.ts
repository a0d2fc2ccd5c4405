import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot, signOut, takeComplaint, typeInto } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

/** Opens a dialog from its button by keyboard: focus the button, press Enter. */
async function openDialog(page: Page, trigger: string) {
  await page.getByRole('button', { name: trigger, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function myQueue(page: Page) {
  await page.getByRole('menuitem', { name: /我的队列/ }).click();
}

/** A moment as the date picker shows it (YYYY-MM-DD HH:mm), in the browser's time zone (Asia/Shanghai). */
function pickerText(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

test('a team lead hands a complaint from one agent to another; it moves between their queues', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { name: '王芳', id: 'A1001' });
  const { id, number } = await takeComplaint(page);
  await myQueue(page);
  await expect(page.getByRole('row', { name: new RegExp(number) })).toBeVisible();

  // The lead's queue shows only their own complaints: they reach this one by its address.
  await signOut(page);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  await openComplaint(page, id);
  await openDialog(page, '分配处理人');
  const dialog = page.getByRole('dialog', { name: '分配处理人' });
  await expect(dialog.locator('#wf-assignee-id')).toBeFocused();

  // Ctrl+Enter with nothing filled in: the field errors, nothing saved.
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('工号应为 3–20 位字母或数字')).toBeVisible();
  await expect(dialog.getByText('请填写处理人姓名')).toBeVisible();

  await page.keyboard.type('B2002');
  await page.keyboard.press('Tab');
  await expect(dialog.locator('#wf-assignee-name')).toBeFocused();
  await page.keyboard.type('赵敏');
  await expect(dialog.getByText('工号应为 3–20 位字母或数字')).toHaveCount(0);
  await expect(dialog.getByText('请填写处理人姓名')).toHaveCount(0);
  await screenshot(page, 'assign-dialog');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  const assigned = page.locator('[data-kind="complaint.assigned"]');
  await expect(assigned).toContainText('分配处理人');
  await expect(assigned).toContainText('李强（L2001）');
  await expect(assigned).toContainText('处理人：王芳（A1001） → 赵敏（B2002）');
  await screenshot(page, 'assign-assigned');

  // Assigning to the handler it already has is refused, in words.
  await openDialog(page, '分配处理人');
  await expect(dialog.locator('#wf-assignee-id')).toBeFocused();
  await page.keyboard.type('B2002');
  await page.keyboard.press('Tab');
  await page.keyboard.type('赵敏');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toContainText('这条投诉已经由 赵敏 处理。');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-kind="complaint.assigned"]')).toHaveCount(1);
  // Reopened, the dialog does not greet the lead with the earlier refusal.
  await openDialog(page, '分配处理人');
  await expect(dialog.locator('#wf-assignee-id')).toBeFocused();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // 赵敏 now has it in her queue …
  await signOut(page);
  await signIn(page, { name: '赵敏', id: 'B2002' });
  await myQueue(page);
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toBeVisible();
  await expect(page.getByTestId('queue-group-intake')).toContainText(number);
  await row.getByRole('link').click();
  await expect(page.getByTestId('complaint-number')).toHaveText(number);
  await expect(page.getByTestId('stage-form-intake')).toBeVisible();

  // … and 王芳 no longer does.
  await signOut(page);
  await signIn(page, { name: '王芳', id: 'A1001' });
  await myQueue(page);
  await expect(page.getByText('还没有分配给您的投诉')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);
});

test('the customer withdraws: a date in the future is refused, then the complaint ends as withdrawn', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page, { name: '王芳', id: 'A1001' });
  const { id, number } = await takeComplaint(page);

  // At 投诉登记
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('stage-bar').locator('.ant-steps-item-process')).toContainText('投诉登记');
  await expect(page.getByTestId('stage-form-registration')).toBeVisible();

  // A withdrawal received tomorrow: refused with the translated reason, nothing changes.
  await openDialog(page, '登记撤诉');
  const dialog = page.getByRole('dialog', { name: '登记撤诉' });
  const receivedAt = dialog.locator('#wf-receivedAt');
  await expect(receivedAt).toBeFocused();
  await expect(receivedAt).toHaveValue(new RegExp(`^${pickerText(new Date()).slice(0, 10)} \\d\\d:\\d\\d$`));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(pickerText(new Date(Date.now() + 86_400_000)));
  await page.keyboard.press('Enter');
  await typeInto(page, '#wf-reason', '客户已与理赔员协商一致，主动撤回投诉');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toContainText('收到撤诉的时间不能晚于现在。');
  await screenshot(page, 'withdraw-dialog-future');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('complaint-status')).toHaveText('处理中');
  await expect(page.getByTestId('deadline-badge')).toContainText('正常');
  await expect(page.getByTestId('stage-form-registration')).toBeVisible();
  await expect(page.locator('[data-kind="complaint.withdrawn"]')).toHaveCount(0);

  // Opened again: today's date, no stale error; the reason typed, confirmed by Ctrl+Enter.
  await openDialog(page, '登记撤诉');
  await expect(receivedAt).toBeFocused();
  await expect(receivedAt).toHaveValue(new RegExp(`^${pickerText(new Date()).slice(0, 10)} \\d\\d:\\d\\d$`));
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  // 撤诉原因 empty: refused next to the field, the complaint stays open (issue 22, item 11).
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toContainText('请填写撤诉原因（客户为什么撤诉）');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('complaint-status')).toHaveText('处理中');
  await typeInto(page, '#wf-reason', '客户已与理赔员协商一致，主动撤回投诉');
  await screenshot(page, 'withdraw-dialog');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId('complaint-status')).toHaveText('已撤诉');
  const badge = page.getByTestId('deadline-badge');
  await expect(badge).toHaveAttribute('data-state', 'done');
  // A withdrawn complaint's badge says withdrawn, not 按期办结 (issue 10, defect 7).
  await expect(badge).toHaveText('已撤诉');
  await expect(page.getByTestId('stage-bar')).toContainText('已撤诉');
  await expect(page.getByTestId('complaint-ended')).toContainText('客户已撤诉，处理程序已终止，只能添加内部备注。');
  await expect(page.locator('[data-testid^="stage-form-"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '登记撤诉' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '分配处理人' })).toHaveCount(0);
  const withdrawn = page.locator('[data-kind="complaint.withdrawn"]');
  await expect(withdrawn).toContainText('客户撤诉');
  await expect(withdrawn).toContainText('王芳（A1001）');
  await expect(withdrawn).toContainText('原因：客户已与理赔员协商一致，主动撤回投诉');
  await expect(withdrawn).toContainText('状态：处理中 → 已撤诉');
  await expect(withdrawn).toContainText('收到撤诉：客户已与理赔员协商一致，主动撤回投诉');
  await screenshot(page, 'withdraw-withdrawn');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('complaint-status')).toHaveText('Withdrawn');
  await expect(badge).toHaveText('Withdrawn');
  await expect(page.locator('[data-kind="complaint.withdrawn"]')).toContainText('Complaint withdrawn');
  await screenshot(page, 'withdraw-withdrawn');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('complaint-status')).toHaveText('已撤诉');

  // It has left 我的队列; reopened by its address it is still withdrawn.
  await myQueue(page);
  await expect(page.getByText('还没有分配给您的投诉')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(number) })).toHaveCount(0);
  await openComplaint(page, id);
  await expect(page.getByTestId('complaint-status')).toHaveText('已撤诉');
});
