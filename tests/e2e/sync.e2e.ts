import { expect, test } from '@playwright/test';
import { settledScreenshot as screenshot, takeComplaint } from './support/agent-actions';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

const twoDesks = twoDesksOnOwnServer('sync-e2e-server');

test('desk A takes a complaint while the server is away; after it returns, the lead on desk B sees it', async ({ browser }) => {
  test.setTimeout(180_000);
  const desks = await twoDesks(browser);
  const { pageA, pageB } = desks;
  await expect(pageA.getByTestId('sync-summary')).toBeVisible();

  // The link goes down: desk A keeps working, the top bar turns a calm grey with the pending count.
  await desks.stopServer();
  const { id, number } = await takeComplaint(pageA);
  await pageA.getByTestId('sync-now').click();
  await expect(pageA.getByTestId('sync-offline')).toContainText('离线 · 1 条待发送', { timeout: 15_000 });
  await expect(pageA.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await screenshot(pageA, 'sync-offline');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.getByTestId('sync-offline')).toContainText('Offline · 1 waiting');
  await screenshot(pageA, 'sync-offline');
  await pageA.getByText('中文', { exact: true }).click();

  // The server returns on the same address: A's outbox drains, and B (A's team lead) has the complaint.
  await desks.restartServer();
  await syncedNow(pageA, 30_000);
  await syncUntil(pageB, async () => {
    await goToComplaint(pageB, id);
    await expect(pageB.getByTestId('complaint-number')).toHaveText(number, { timeout: 2_000 });
  });
  await screenshot(pageB, 'sync-lead-sees-complaint');

  // The sync screen: nothing refused; the lead's review list is empty.
  await pageB.getByRole('menuitem', { name: /同步/ }).click();
  await expect(pageB.getByTestId('sync-rejections')).toContainText('服务器没有拒绝您的任何修改。');
  await expect(pageB.getByTestId('sync-review')).toContainText('没有需要复核的投诉。');
  await screenshot(pageB, 'sync-page');
  await pageB.getByText('English', { exact: true }).click();
  await expect(pageB.getByTestId('sync-review')).toContainText('No complaint needs review.');
  await screenshot(pageB, 'sync-page');
});
