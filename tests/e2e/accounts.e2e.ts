import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { settledScreenshot, signOut } from './support/agent-actions';
import { screenshot } from './support/screenshots';
import { DEMO_PASSWORD, signIn } from './support/sign-in';
import { E2E_SERVER_ENV, newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
let ownServer: EmbeddedServer | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
  await ownServer?.stop();
  ownServer = null;
});

/** A call made straight to the desk's HTTP API with the page's session token, as a tampering client would. */
async function callDirectly(page: Page, call: string, input: unknown) {
  return page.evaluate(
    async ([name, body]) => {
      const token = window.sessionStorage.getItem('complaint-desk.token') ?? '';
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify(body) });
      return response.json() as Promise<{ ok: boolean; error?: { code: string } }>;
    },
    [call, input] as const,
  );
}

async function inBothLanguages(page: Page, name: string) {
  await settledScreenshot(page, name);
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await settledScreenshot(page, name);
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

const menu = (page: Page, name: RegExp) => page.getByRole('menuitem', { name });

test('first run asks for the server; agent, lead and admin each see what their role allows; a new agent signs in', async ({ page }) => {
  const serverUrl = process.env[E2E_SERVER_ENV] ?? '';
  host = await startHost(newDataDir(), {}, { server: null });
  await page.goto(host.url);

  // First run: the company server's address, checked before it is kept.
  await expect(page.locator('#server-url')).toBeFocused();
  await inBothLanguages(page, 'accounts-first-run');
  await page.locator('#server-url').focus();
  await page.keyboard.type('http://intranet.example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('必须使用 https://（仅本机 127.0.0.1 / localhost 可以用 http://）');
  await page.locator('#server-url').fill('http://127.0.0.1:9');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('连接不上这个地址');
  await inBothLanguages(page, 'accounts-first-run-refused');
  await page.locator('#server-url').fill(serverUrl);
  await page.keyboard.press('Enter');

  // An agent: no Team, no Administration, and the admin calls are refused even when called directly.
  await expect(page.getByTestId('server-state')).toContainText(serverUrl);
  await inBothLanguages(page, 'accounts-sign-in');
  await page.locator('#employee-no').focus();
  await signIn(page, { name: '王芳', id: 'A1001' });
  await expect(page.getByTestId('signed-in-agent')).toContainText('坐席');
  await expect(menu(page, /管理/)).toHaveCount(0);
  await expect(menu(page, /团队/)).toHaveCount(0);
  expect(await callDirectly(page, 'admin.users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await callDirectly(page, 'admin.users.create', { employeeNo: 'X9999', name: '冒名', role: 'admin', teamId: null, password: 'Sneaky@2026' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  await page.evaluate(() => (window.location.hash = '#/admin'));
  await expect(page).toHaveURL(/#\/complaints/);

  // A lead: the team's members, read-only.
  await signOut(page);
  await signIn(page, { name: '李强', id: 'L2001' });
  await expect(menu(page, /管理/)).toHaveCount(0);
  await menu(page, /团队/).click();
  await page.getByRole('tab', { name: '成员' }).click();
  const members = page.getByTestId('team-members').locator('.ant-table-tbody');
  await expect(members).toContainText('赵敏');
  await expect(members).toContainText('孙丽');
  await expect(members).not.toContainText('吴磊');
  await expect(page.getByRole('button', { name: /编辑|停用|重置密码/ })).toHaveCount(0);
  await inBothLanguages(page, 'accounts-lead-team');

  // An admin: users, teams and branches, organisation settings.
  await signOut(page);
  await signIn(page, { name: '陈静', id: 'M3001' });
  await menu(page, /管理/).click();
  await expect(page.locator('.ant-table-tbody').first()).toContainText('周杰');
  await inBothLanguages(page, 'accounts-admin-users');

  // A new agent: each refusal says why next to its field.
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await expect(page.locator('#user-employeeNo')).toBeFocused();
  await page.keyboard.type('A1001');
  await page.locator('#user-name').fill('钱多多');
  await page.locator('#user-team').click();
  await page.locator('.ant-select-item-option', { hasText: '华东分公司 · 理赔投诉一组' }).click();
  await page.locator('#user-password').fill('short');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog.getByRole('alert')).toHaveText('密码至少 8 个字符');
  await page.locator('#user-password').fill('Start@2026');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '已被占用，请换一个' })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: '密码至少 8 个字符' })).toHaveCount(0);
  await settledScreenshot(page, 'accounts-admin-user-refused');
  await page.locator('#user-employeeNo').fill('A1009');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /A1009/ })).toContainText('理赔投诉一组');

  await page.getByRole('tab', { name: '团队与分支机构' }).click();
  await expect(page.getByRole('cell', { name: '保全投诉二组', exact: true })).toBeVisible();
  await inBothLanguages(page, 'accounts-admin-teams');

  // Organisation settings: an extra subtype under 服务质量问题.
  await page.getByRole('tab', { name: '机构设置' }).click();
  const taxonomy = page.getByTestId('taxonomy-editor');
  await taxonomy.getByRole('tab', { name: '服务质量问题' }).click();
  await taxonomy.getByRole('button', { name: '添加子类' }).click();
  await page.locator('#subtype-service_quality-0-code').fill('Bad Code');
  await page.locator('#subtype-service_quality-0-zh').fill('回访态度差');
  await page.locator('#subtype-service_quality-0-en').fill('Rude call-back');
  await taxonomy.getByRole('button', { name: /保\s?存/ }).click();
  await expect(taxonomy.getByRole('alert')).toContainText('代码为小写字母开头');
  await page.locator('#subtype-service_quality-0-code').fill('rude_callback');
  await taxonomy.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('投诉子类已保存')).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await taxonomy.scrollIntoViewIfNeeded();
  await inBothLanguages(page, 'accounts-admin-org-settings');

  // The person the admin created signs in.
  await signOut(page);
  await signIn(page, { name: '钱多多', id: 'A1009', password: 'Start@2026' });
  await expect(page.getByTestId('signed-in-agent')).toContainText('坐席');
});

test('with the server gone the agent still signs in offline; the desk locks when idle and unlocks with the password', async ({ page }) => {
  ownServer = await startEmbeddedServer({ dataDir: join(mkdtempSync(join(tmpdir(), 'complaint-desk-e2e-own-')), 'server'), quiet: true });
  host = await startHost(newDataDir(), { COMPLAINT_DESK_IDLE_LOCK_SECONDS: '4' }, { server: ownServer.url });
  await page.goto(host.url);
  await signIn(page, { name: '王芳', id: 'A1001' });
  await signOut(page);

  await ownServer.stop();
  await page.reload();
  await expect(page.getByTestId('server-state')).toContainText('离线');
  await expect(page.getByTestId('server-state')).toContainText('上次连接');
  await inBothLanguages(page, 'accounts-sign-in-offline');
  await page.locator('#employee-no').fill('A1001');
  await page.locator('#password').fill('Wrong@2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '密码不正确' })).toBeVisible();
  await page.locator('#employee-no').focus();
  await page.locator('#password').fill('');
  await page.locator('#employee-no').fill('');
  await signIn(page, { name: '王芳', id: 'A1001' });
  await expect(page.getByTestId('offline-indicator')).toHaveText('离线');

  // Idle past the (shortened) timeout: the next action meets the lock. What the screens load by
  // themselves after sign-in (the intake's style warm-up, first queries) may still count as activity on
  // a slow machine, so wait until the desk itself says it is locked (asking does not count as activity).
  await page.waitForTimeout(5_000);
  await expect
    .poll(async () => ((await callDirectly(page, 'session.current', {})) as { value?: { locked?: boolean } }).value?.locked, { timeout: 30_000 })
    .toBe(true);
  // The top bar's own status polling may meet the lock first and cover the menu with the lock screen.
  await menu(page, /设置/).click({ timeout: 5_000 }).catch(() => undefined);
  // The page learns of the lock from its next call, or at the latest from its 15-second session check.
  await expect(page.getByTestId('lock-screen')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#unlock-password')).toBeFocused();
  expect(await callDirectly(page, 'queue.mine', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  await inBothLanguages(page, 'accounts-locked');
  await page.locator('#unlock-password').fill('Wrong@2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('密码不正确');
  await page.locator('#unlock-password').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-agent')).toContainText('A1001');
});
