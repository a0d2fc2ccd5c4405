import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import type { IntakeInput } from '../../shared/domain/intake';
import { validIntake } from '../support/valid-intake';
import { settledScreenshot as screenshot } from './support/agent-actions';
import { signIn } from './support/sign-in';
import { openDesk } from '../../core/desk';
import { memorySettings } from '../../core/settings';
import { browserModeDatabaseKey } from '../../web/database-key';
import { linkCutter, type LinkCutter } from './support/link-cutter';
import { E2E_SERVER_ENV, newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
let link: LinkCutter | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
  await link?.close();
  link = null;
});

const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString();

/**
 * Writes the complaints into the data directory before the host starts, through the desk's own calls as
 * the agents who took them: A1001 王芳 three, B2002 赵敏 one (both of 李强's team in the demo organisation).
 * 王芳's desk knows her branch (华东分公司); 赵敏's session is from before accounts, so hers is unknown
 * (these desks do not sync, so no pull fills it in).
 */
async function seed(dataDir: string): Promise<{ east: string[]; unknown: string[] }> {
  const takenBy = async (agent: { id: string; name: string; branchId?: string; branchName?: string }, intakes: Partial<IntakeInput>[]) => {
    const desk = openDesk({
      dataDir,
      settings: memorySettings({ signedInAgent: { ...agent, role: 'agent' } }),
      key: browserModeDatabaseKey(dataDir, {}),
    });
    try {
      for (const intake of intakes) {
        const result = await desk.dispatch('complaints.create', validIntake(intake));
        if (!result.ok) throw new Error(`complaints.create: ${JSON.stringify(result.error)}`);
      }
    } finally {
      desk.close();
    }
  };
  const east = [daysAgo(20), daysAgo(13), daysAgo(2)];
  const unknown = [daysAgo(1)];
  await takenBy({ id: 'A1001', name: '王芳', branchId: 'a7d1c0de-0000-4000-8000-000000000001', branchName: '华东分公司' }, [
    { callTime: east[0] },
    { callTime: east[1], channel: 'regulator' },
    { callTime: east[2], complaintType: 'service_quality', complaintSubtype: 'slow_handling' },
  ]);
  await takenBy({ id: 'B2002', name: '赵敏' }, [{ callTime: unknown[0], complaintType: 'fraud', complaintSubtype: 'false_declaration', channel: 'online' }]);
  return { east, unknown };
}

/** The month (YYYY-MM) an instant falls in, in Beijing time (no daylight saving), as the reports count it. */
const beijingMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

/** 监管统计's period picker set to a month by typing it, as a person can. */
async function pickMonth(page: Page, month: string) {
  const input = page.locator('[data-testid="report-period"] input, input[data-testid="report-period"]').first();
  await input.click();
  await input.fill(month);
  await input.press('Enter');
}

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

const rows = (page: Page) => page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row');

test('a lead filters the team queue, reassigns in bulk, reads the dashboard and exports the daily log', async ({ page }) => {
  const dataDir = newDataDir();
  const seeded = await seed(dataDir);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });

  await page.getByRole('menuitem', { name: /团队/ }).click();
  await expect(page.getByTestId('team-total')).toContainText('共 4 件');
  await screenshot(page, 'team-queue');

  await pick(page, 'team-filter-deadline', '已超期');
  await expect(page.getByTestId('team-total')).toContainText('共 1 件');
  await page.getByTestId('team-filter-deadline').locator('.ant-select-clear').click({ force: true });
  await pick(page, 'team-filter-agent', /王芳 A1001/);
  await expect(page.getByTestId('team-total')).toContainText('共 3 件');
  await expect(rows(page)).toHaveCount(3);

  await page.getByTestId('team-table').locator('.ant-table-thead .ant-checkbox-input').check();
  await page.getByTestId('bulk-reassign').click();
  // The team's members come from the server: 孙丽 holds nothing on this desk yet and is offered too.
  await page.getByTestId('bulk-reassign-to').click();
  await expect(page.locator('.ant-select-dropdown:visible').getByText(/孙丽 A1003/)).toBeVisible();
  await page.locator('.ant-select-dropdown:visible').getByText(/赵敏 B2002/).first().click();
  const dialog = page.getByRole('dialog', { name: '将 3 件投诉转派给' });
  await dialog.getByRole('button', { name: /^转\s*派$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('team-total')).toContainText('共 0 件');
  await page.getByTestId('team-filter-agent').locator('.ant-select-clear').click({ force: true });
  await pick(page, 'team-filter-agent', /赵敏 B2002/);
  await expect(page.getByTestId('team-total')).toContainText('共 4 件');

  await page.getByRole('menuitem', { name: /报表/ }).click();
  await expect(page.getByTestId('report-headline')).toContainText('受理');
  await expect(page.getByTestId('report-headline').locator('.ant-statistic').first()).toContainText('4');
  await expect(page.getByTestId('chart-byType').locator('svg').first()).toBeVisible();
  await screenshot(page, 'reports-dashboard');
  await page.getByTestId('chart-byType').getByText('表格').click();
  await expect(page.getByTestId('chart-byType').getByRole('row', { name: /服务质量问题\s*1/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('daily-log-export').getByRole('button', { name: /导出 Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^投诉日报_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = XLSX.read(readFileSync((await file.path())!), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['汇总', '明细']);
  expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1 })).toHaveLength(5);
  await expect(page.getByText(/已导出/)).toBeVisible();

  await page.getByRole('tab', { name: '监管统计' }).click();
  await expect(page.getByTestId('regulatory-stats')).toContainText('监管转办件');
  // The month of 赵敏's complaint (yesterday), so the month start never leaves the table empty.
  const month = beijingMonth(seeded.unknown[0]!);
  await pickMonth(page, month);
  await expect(page.getByTestId('regulatory-stats')).toContainText(month);
  const byBranch = page.getByTestId('regulatory-by-branch');
  const eastInMonth = seeded.east.filter((t) => beijingMonth(t) === month).length;
  if (eastInMonth > 0) await expect(byBranch.getByRole('row', { name: new RegExp(`华东分公司\\s*${eastInMonth}$`) })).toBeVisible();
  await expect(byBranch.getByRole('row', { name: /未知分公司\s*1$/ })).toBeVisible();
  await screenshot(page, 'reports-regulatory');
  await byBranch.scrollIntoViewIfNeeded();
  await screenshot(page, 'reports-regulatory-by-branch');
  await page.getByRole('tab', { name: '溯源整改' }).click();
  await expect(page.getByText('所选日期内没有投诉').or(page.getByTestId('root-causes'))).toBeVisible();
  await screenshot(page, 'reports-root-causes');

  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('tab', { name: 'Dashboard and daily log' }).click();
  await expect(page.getByTestId('chart-byType').locator('svg').first()).toBeVisible();
  await screenshot(page, 'reports-dashboard');
  await page.getByRole('tab', { name: 'Regulatory statistics' }).click();
  await expect(page.getByTestId('regulatory-stats')).toContainText('Referred by the regulator');
  await pickMonth(page, month);
  await expect(page.getByTestId('regulatory-stats')).toContainText(month);
  await expect(page.getByTestId('regulatory-by-branch').getByRole('row', { name: /Unknown branch\s*1$/ })).toBeVisible();
  await screenshot(page, 'reports-regulatory');
  await page.getByTestId('regulatory-by-branch').scrollIntoViewIfNeeded();
  await screenshot(page, 'reports-regulatory-by-branch');
  await page.getByRole('tab', { name: 'Root causes and lessons' }).click();
  await screenshot(page, 'reports-root-causes');
  await page.getByRole('menuitem', { name: /Team/ }).click();
  await expect(page.getByTestId('team-total')).toContainText('4 complaints');
  await screenshot(page, 'team-queue');
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/\b(team|reports|channel)\.[a-zA-Z]/);
});

test('an agent sees neither Team nor Reports', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  await expect(page.getByRole('menuitem', { name: /我的队列/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /团队|报表/ })).toHaveCount(0);
});

test('an admin whose link to the server is down is told so when exporting all branches, in their language', async ({ page }) => {
  // The run's shared server behind a link this desk alone loses; no sync, as for the other desks on it.
  link = await linkCutter(process.env[E2E_SERVER_ENV]!);
  host = await startHost(newDataDir(), { COMPLAINT_DESK_SYNC: 'off' }, { server: link.url });
  await page.goto(host.url);
  await signIn(page, { name: '陈静', id: 'M3001', role: '管理员' });
  await page.getByRole('menuitem', { name: /报表/ }).click();
  const allBranches = page.getByTestId('all-branches-export');
  await expect(allBranches).toContainText('全部分公司（从服务器导出）');

  await link.cut();
  await allBranches.getByRole('button', { name: /导出 Excel/ }).click();
  const outcome = page.getByTestId('all-branches-export-outcome');
  await expect(outcome).toContainText('连接不上公司服务器，未能从服务器导出。请检查网络后重试。', { timeout: 20_000 });
  await expect(outcome).not.toContainText('导出失败');
  await screenshot(page, 'reports-all-branches-unreachable');
  await page.getByText('English', { exact: true }).first().click();
  await allBranches.getByRole('button', { name: /Export Excel/ }).click();
  await expect(outcome).toContainText('Cannot reach the company server', { timeout: 20_000 });
  await screenshot(page, 'reports-all-branches-unreachable');
});
