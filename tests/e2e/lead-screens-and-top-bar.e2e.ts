import { expect, test, type Page } from '@playwright/test';
import type { IntakeInput } from '../../shared/domain/intake';
import type { Complaint } from '../../shared/domain/complaint';
import { validIntake } from '../support/valid-intake';
import { openDesk } from '../../core/desk';
import { memorySettings } from '../../core/settings';
import { browserModeDatabaseKey } from '../../web/database-key';
import { settledScreenshot, typeInto } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

/** The lead's screens and the top bar at 1366×768 (and 1280), in both languages. */
let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

const WIDTHS = [1280, 1366] as const;
const LANGUAGES = [
  ['zh-CN', '中文'],
  ['en', 'English'],
] as const;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** Complaints taken by 王芳 A1001 (four open, long English subtypes among them, one withdrawn) and 赵敏 B2002 (one). */
async function seed(dataDir: string): Promise<void> {
  const takenBy = async (agent: { id: string; name: string }, intakes: Partial<IntakeInput>[], withdrawLast = false) => {
    const desk = openDesk({ dataDir, settings: memorySettings({ signedInAgent: { ...agent, role: 'agent' } }), key: browserModeDatabaseKey(dataDir, {}) });
    try {
      let last: Complaint | null = null;
      for (const intake of intakes) {
        const result = await desk.dispatch('complaints.create', validIntake(intake));
        if (!result.ok) throw new Error(`complaints.create: ${JSON.stringify(result.error)}`);
        last = result.value as Complaint;
      }
      if (withdrawLast && last) {
        const result = await desk.dispatch('complaints.withdraw', { id: last.id, baseVersion: last.version, receivedAt: minutesAgo(5), reason: '客户已自行解决' });
        if (!result.ok) throw new Error(`complaints.withdraw: ${JSON.stringify(result.error)}`);
      }
    } finally {
      desk.close();
    }
  };
  await takenBy(
    { id: 'A1001', name: '王芳' },
    [
      { callTime: minutesAgo(60 * 30) },
      { callTime: minutesAgo(60 * 5), complaintType: 'fraud', complaintSubtype: 'identity_misuse' },
      { callTime: minutesAgo(60 * 4), complaintType: 'service_quality', complaintSubtype: 'no_callback' },
      { callTime: minutesAgo(60 * 3), complaintType: 'contract_clause', complaintSubtype: 'misleading_sales', customerName: '撤诉人' },
    ],
    true,
  );
  await takenBy({ id: 'B2002', name: '赵敏' }, [{ callTime: minutesAgo(60 * 2), complaintType: 'claims_dispute', complaintSubtype: 'claim_denied', channel: 'online' }]);
}

async function switchLanguage(page: Page, language: 'zh-CN' | 'en', label: string) {
  await page.getByRole('banner').getByText(label, { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** A picture per width, named <name>-<width>.<language>.png. */
async function atWidths(page: Page, name: string, check: (width: number) => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 768 });
    await check(width);
    await settledScreenshot(page, `${name}-${width}`);
  }
}

test('the team queue fits its card, the dashboard names every bar, and a lead is told why the figures are read-only', async ({ page }) => {
  const dataDir = newDataDir();
  await seed(dataDir);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });

  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await page.getByRole('menuitem', { name: /团队|Team/ }).click();
    await expect(page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row')).toHaveCount(5);
    await atWidths(page, 'walk-team-queue', async (width) => {
      // No sideways scrolling at 1366: the table is no wider than its card, 受理时间 is in view.
      const body = page.getByTestId('team-table').locator('.ant-table-body, .ant-table-tbody-virtual-holder').first();
      const { scrollWidth, clientWidth } = await body.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth, `team table at ${width}`).toBeLessThanOrEqual(clientWidth + 1);
      const card = await page.locator('.ant-card').filter({ has: page.getByTestId('team-table') }).first().boundingBox();
      const received = await page.getByRole('columnheader', { name: /受理时间|Received/ }).boundingBox();
      if (width === 1366) expect(received!.x + received!.width).toBeLessThanOrEqual(card!.x + card!.width);
      // Type and subtype whole, in both languages.
      const types = page.getByTestId('team-type');
      for (const text of language === 'en' ? ["Policy taken out in someone else's name", 'Promised call-back not made', 'Mis-selling by an agent'] : ['冒用身份投保', '承诺回电未回电', '代理人误导销售（销售误导）']) {
        const cell = types.filter({ hasText: text }).first();
        await expect(cell).toBeVisible();
        const fits = await cell.evaluate((el) => [...el.querySelectorAll('div, span')].every((c) => c.scrollWidth <= c.clientWidth + 1));
        expect(fits, `${text} not cut`).toBe(true);
      }
    });
    // The withdrawn complaint cannot be ticked, and says why.
    const withdrawn = page.getByTestId('team-table').locator('.ant-table-row').filter({ hasText: '撤诉人' });
    await expect(withdrawn.locator('.ant-checkbox-input')).toBeDisabled();
    await withdrawn.getByTestId('team-row-not-open').hover();
    await expect(page.getByRole('tooltip')).toContainText(language === 'en' ? 'withdrawn complaint cannot be reassigned' : '已办结或已撤诉的投诉不能转派');
    await page.mouse.move(0, 0);

    await page.getByRole('menuitem', { name: /报表|Reports/ }).click();
    await expect(page.getByTestId('chart-bySubtype').locator('svg').first()).toBeVisible();
    await atWidths(page, 'walk-dashboard', async () => {
      await page.getByTestId('chart-bySubtype').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('chart-agentLoad').locator('svg text').filter({ hasText: /王芳|赵敏/ })).toHaveCount(2);
    });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      await page.getByTestId('chart-byStage').scrollIntoViewIfNeeded();
      await settledScreenshot(page, `walk-dashboard-stages-${width}`);
      await page.getByTestId('chart-agentLoad').scrollIntoViewIfNeeded();
      await settledScreenshot(page, `walk-dashboard-agents-${width}`);
    }
    // No two subtype names overprint: each name's box is clear of the next one's.
    const boxes = await page
      .getByTestId('chart-bySubtype')
      .locator('svg text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, w: r.width })));
    const names = boxes.filter((b) => b.w > 0).sort((a, b) => a.top - b.top || a.left - b.left);
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!, names[i]!];
      const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlaps, `subtype labels ${i - 1} and ${i} overlap`).toBe(false);
    }

    await page.getByRole('tab', { name: /监管统计|Regulatory statistics/ }).click();
    await expect(page.getByTestId('figures-read-only')).toHaveText(language === 'en' ? /Only an admin can enter these figures/ : /只有管理员可以录入业务基数/);
    await atWidths(page, 'walk-regulatory-figures', async () => {
      await page.getByTestId('regulatory-figures').scrollIntoViewIfNeeded();
    });
    await page.getByRole('tab', { name: /看板|Dashboard/ }).click();
  }
});

test('a bulk reassignment that is partly refused says which and why, unticks the ones that went', async ({ page }) => {
  const dataDir = newDataDir();
  await seed(dataDir);
  host = await startHost(dataDir);
  await page.goto(host.url);
  await signIn(page, { name: '李强', id: 'L2001', role: '组长' });
  await page.getByRole('menuitem', { name: /团队/ }).click();
  const rows = page.getByTestId('team-table').locator('.ant-table-tbody .ant-table-row');
  await expect(rows).toHaveCount(5);
  const rounds = [
    { language: 'zh-CN', label: '中文', refusedCode: 'identity_misuse', goneCode: 'no_callback', to: /赵敏 B2002/, summary: '2 件中已转派 1 件，1 件未能转派', title: '将 1 件投诉转派给', ok: /^转\s*派$/, selectedOne: '已选 1 件' },
    { language: 'en', label: 'English', refusedCode: 'claim_amount', goneCode: 'claim_denied', to: /孙丽 A1003/, summary: '1 of 2 reassigned; 1 could not be (still ticked)', title: 'Reassign 1 complaint to', ok: /^Reassign$/, selectedOne: '1 selected' },
  ] as const;
  for (const round of rounds) {
    await switchLanguage(page, round.language, round.label);
    const list = await deskCall<{ items: { id: string; number: string; complaintSubtype: string }[] }>(page, 'team.queue', { limit: 50 });
    const stale = list.items.find((c) => c.complaintSubtype === round.refusedCode)!;
    const went = list.items.find((c) => c.complaintSubtype === round.goneCode)!;
    const refusedRow = rows.filter({ hasText: stale.number });
    const wentRow = rows.filter({ hasText: went.number });
    await refusedRow.locator('.ant-checkbox-input').check();
    await wentRow.locator('.ant-checkbox-input').check();
    // Someone else changed one of them meanwhile: the lead's list still has its old version (as after a sync race).
    await page.route('**/api/team.reassign', async (route) => {
      const body = JSON.parse(route.request().postData()!) as { complaints: { id: string; baseVersion: number }[] };
      body.complaints = body.complaints.map((c) => (c.id === stale.id ? { ...c, baseVersion: c.baseVersion + 7 } : c));
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByTestId('bulk-reassign').click();
    await page.getByTestId('bulk-reassign-to').click();
    await page.locator('.ant-select-dropdown:visible').getByText(round.to).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: round.ok }).click();
    const refused = page.getByTestId('bulk-reassign-refused');
    await expect(refused).toContainText(round.summary);
    await expect(refused).toContainText(stale.number);
    expect((await refused.locator('li').innerText()).length, 'the reason follows the number').toBeGreaterThan(stale.number.length + 4);
    await expect(refused).not.toContainText(went.number);
    // The one that went is no longer ticked; the refused one stays ticked, for another try.
    await expect(wentRow.locator('.ant-checkbox-input')).not.toBeChecked();
    await expect(refusedRow.locator('.ant-checkbox-input')).toBeChecked();
    await expect(page.getByTestId('team-total')).toContainText(round.selectedOne);
    await expect(page.getByRole('dialog', { name: round.title })).toBeVisible();
    await settledScreenshot(page, 'walk-bulk-reassign-refused');
    // Sent again (the list is current now), it goes; nothing stays ticked.
    await page.unroute('**/api/team.reassign');
    await dialog.getByRole('button', { name: round.ok }).click();
    await expect(dialog).toBeHidden();
    await expect(refusedRow.locator('.ant-checkbox-input')).not.toBeChecked();
    await expect(page.getByTestId('bulk-reassign')).toBeDisabled();
  }
});

test('a call left with Alt+L and hung up leaves the top bar soon after; the phrases hint names the New complaint page', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(host.url);
  await signIn(page);
  const pbx = async (fields: Record<string, string>) => {
    const response = await fetch(host!.ctiUrl!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
    expect(response.status).toBe(200);
  };
  await page.keyboard.press('Alt+N');
  await expect(page.locator('#intake-customerName')).toBeFocused();
  await page.keyboard.type('张伟');
  await typeInto(page, '#intake-description', '保单退保金额与承诺不符。');
  await pbx({ event: 'newCall', direction: 'in', from: '13900139000', to: '95500', callId: 'call-left' });
  await expect(page.getByTestId('incoming-call')).toContainText('13900139000');
  await expect(page.getByTestId('current-call')).toContainText('139');
  await page.keyboard.press('Alt+L');
  await expect(page.getByTestId('incoming-call')).toHaveCount(0);
  // Left for later: it is not the agent's current call, on this screen or any other.
  await expect(page.getByTestId('current-call')).toHaveCount(0);
  await pbx({ event: 'hangup', direction: 'in', from: '13900139000', to: '95500', callId: 'call-left', cause: 'noAnswer' });
  await page.getByRole('menuitem', { name: '通话记录' }).click();
  await expect(page.getByRole('row', { name: /139/ })).toContainText('无人接听');
  await expect(page.getByTestId('current-call')).toHaveCount(0);

  // A call answered and hung up shows 已挂断 for a moment, then the bar clears.
  await pbx({ event: 'newCall', direction: 'in', from: '02112345678', to: '95500', callId: 'call-ended' });
  await expect(page.getByTestId('current-call')).toContainText('振铃中');
  await pbx({ event: 'answer', direction: 'in', from: '02112345678', to: '95500', callId: 'call-ended', answeringNumber: 'A1001' });
  await pbx({ event: 'hangup', direction: 'in', from: '02112345678', to: '95500', callId: 'call-ended', cause: 'normalClearing' });
  await expect(page.getByTestId('current-call')).toContainText('已挂断');
  await expect(page.getByTestId('current-call')).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('menuitem', { name: /我的队列/ }).click();
  await expect(page.getByTestId('current-call')).toHaveCount(0);

  for (const [language, label] of LANGUAGES) {
    await switchLanguage(page, language, label);
    await page.getByRole('menuitem', { name: /设置|Settings/ }).click();
    const card = page.getByTestId('phrase-book');
    await expect(card).toContainText(language === 'en' ? 'Shown beside the New complaint form' : '「新建投诉」页');
    await expect(card).not.toContainText('登记页');
    await atWidths(page, 'walk-phrases-hint', async () => {
      await card.scrollIntoViewIfNeeded();
    });
  }
});
