import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { takeComplaint } from './support/agent-actions';
import { goToComplaint, syncedNow, syncUntil, twoDesksOnOwnServer } from './support/two-desks';

const twoDesks = twoDesksOnOwnServer('org-settings-e2e-server');
const DAY_MS = 24 * 60 * 60 * 1000;

/** The due time the complaint page's deadline badge shows ("… · 截止 YYYY-MM-DD HH:mm"), as ms of its wall-clock reading. */
async function shownDue(page: Page): Promise<number> {
  const text = (await page.getByTestId('deadline-badge').first().textContent()) ?? '';
  const found = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(text);
  if (!found) throw new Error(`no due time in the deadline badge: ${text}`);
  return Date.parse(`${found[1]}T${found[2]}:00Z`);
}

/** What the admin's desk sends: sign in as the admin (M3001), then PUT the whole settings with 一般投诉 at `standardDays`. */
async function adminSetsStandardDays(serverUrl: string, standardDays: number): Promise<number> {
  const api = `${serverUrl}/api/v1`;
  const login = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ employeeNo: 'M3001', password: 'Demo@2026', clientId: randomUUID(), deviceName: 'admin desk (e2e)' }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };
  const current = (await (await fetch(`${api}/org-settings`, { headers: auth })).json()) as {
    deadlines: Record<string, number>;
    phrases: unknown;
    taxonomy: unknown;
  };
  const put = await fetch(`${api}/org-settings`, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ deadlines: { ...current.deadlines, standardDays }, phrases: current.phrases, taxonomy: current.taxonomy }),
  });
  expect(put.status, await put.clone().text()).toBe(200);
  return ((await put.json()) as { version: number }).version;
}

test('an admin shortens 一般投诉 to 10 days: the agent\'s desk, still signed in, shows the new deadline, and the lead\'s agrees', async ({ browser }) => {
  test.setTimeout(180_000);
  const desks = await twoDesks(browser);
  const { pageA, pageB } = desks;

  // The agent takes a complaint under the 15 days in force at her sign-in.
  const { id } = await takeComplaint(pageA, { timeout: 30_000 });
  await expect(pageA.getByTestId('deadline-badge').first()).toBeVisible();
  const before = await shownDue(pageA);
  await syncedNow(pageA, 30_000);
  await syncUntil(pageB, async () => {
    await goToComplaint(pageB, id);
    await expect(pageB.getByTestId('deadline-badge').first()).toBeVisible({ timeout: 2_000 });
  });
  expect(await shownDue(pageB)).toBe(before);

  // The admin changes the setting on the server: the poke makes the agent's desk pull, see the newer
  // settings version and fetch it. No sign-in, no reload, no click on 立即同步.
  await adminSetsStandardDays(desks.server.url, 10);
  await expect(async () => expect(await shownDue(pageA)).toBe(before - 5 * DAY_MS)).toPass({ timeout: 30_000 });

  // The lead's desk shows the same complaint with the same deadline.
  await expect(async () => expect(await shownDue(pageB)).toBe(before - 5 * DAY_MS)).toPass({ timeout: 30_000 });

  // A new complaint on the agent's desk takes the 10 days at once.
  await takeComplaint(pageA, { timeout: 30_000 });
  await expect(pageA.getByTestId('deadline-badge').first()).toBeVisible();
  const received = Date.now();
  const due = await shownDue(pageA);
  // Shown in Asia/Shanghai (UTC+8) to the minute: 10 days after now, not 15.
  expect(Math.abs(due - (received + 8 * 60 * 60 * 1000 + 10 * DAY_MS))).toBeLessThan(5 * 60 * 1000);
});
