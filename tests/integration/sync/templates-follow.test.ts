import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { startSync } from '../../../core/sync/start-sync';
import type { SyncRunner } from '../../../core/sync/sync-runner';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { valueOf } from '../../support/workflow-desk';

/** A real server process and two real desks, each signed in online; the agent's desk syncs in the background as a shell's does. */
let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
const runners: SyncRunner[] = [];
beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => company?.close());
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const desk of desks.splice(0)) desk.close();
});

const signedIn = async (employeeNo: string, settings: Record<string, unknown> = {}) => {
  const desk = makeServerDesk(company.server.url, settings);
  desks.push(desk);
  valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
  return desk;
};
const templatesOn = async (desk: ServerDesk) => valueOf<{ templates: ReplyTemplate[]; source: string }>(await desk.dispatch('templates.get', {}));
const cachedVersion = (desk: ServerDesk) => (desk.settings.get('organisationSettings') as OrgSettings).version;

async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const apology: ReplyTemplate = { id: 'apology-zh', language: 'zh-CN', purpose: 'general', title: '致歉', body: '{{customerName}}您好，给您带来不便深表歉意。' };

// In order: the first test's admin sign-in adopts its desk's old templates while the server is at version 0.
describe('reply templates are the organisation\'s, on the server', () => {
  it('an admin\'s first sign-in adopts the templates edited on that desk before, once; another desk\'s old ones are not', async () => {
    const admin = await signedIn('M3001', { replyTemplates: [apology] });
    expect(await templatesOn(admin)).toEqual({ templates: [apology], source: 'organisation' });
    expect(cachedVersion(admin)).toBe(1);
    // The old local copy stays where it was; it is no longer read.
    expect(admin.settings.get('replyTemplates')).toEqual([apology]);

    const other = await signedIn('M3001', { replyTemplates: [{ ...apology, id: 'other', title: '另一个' }] });
    expect(await templatesOn(other)).toEqual({ templates: [apology], source: 'organisation' });
    expect(cachedVersion(other)).toBe(1);
  });

  it('an admin edits a template: the signed-in agent\'s desk gets it without signing in again (poke, newer settings version, refetch)', async () => {
    const agent = await signedIn('A1001');
    const runner = startSync(agent.ctx, { pollMs: 600_000 });
    runners.push(runner);
    // Its first round done (so it listens for pokes): no polling will come within this test.
    await eventually(async () => valueOf<{ lastSyncAt: string | null }>(await agent.dispatch('sync.status', {})).lastSyncAt !== null, 'the first round');
    const before = await templatesOn(agent);
    expect(before.source).toBe('organisation');
    const versionBefore = cachedVersion(agent);
    const changed: number[] = [];
    agent.ctx.events.subscribe((name, payload) => {
      if (name === 'orgSettings.changed') changed.push((payload as { version: number }).version);
    });

    const admin = await signedIn('M3001');
    // Agents may not edit them.
    expect(await agent.dispatch('templates.set', { templates: [apology] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const edited: ReplyTemplate[] = [{ ...apology, body: '{{customerName}}您好，对给您带来的不便，我们深表歉意。' }, ...before.templates.filter((t) => t.id !== apology.id)];
    expect(valueOf(await admin.dispatch('templates.set', { templates: edited }))).toEqual({ templates: edited, source: 'organisation' });
    // The rest of the settings stay as they were.
    expect(admin.settings.get('organisationSettings')).toMatchObject({ version: versionBefore + 1, deadlines: { standardDays: 15 } });

    await eventually(async () => (await templatesOn(agent)).templates[0]?.body === edited[0]!.body, 'the agent\'s desk has the edited template');
    expect(await templatesOn(agent)).toEqual({ templates: edited, source: 'organisation' });
    expect(cachedVersion(agent)).toBe(versionBefore + 1);
    expect(changed).toEqual([versionBefore + 1]);

    // An invalid edit is refused on the desk, next to its field, and nothing changes on the server.
    expect(await admin.dispatch('templates.set', { templates: [{ ...apology, title: ' ' }] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(valueOf<{ settings: OrgSettings }>(await admin.dispatch('org.settings.refresh', {})).settings).toMatchObject({ version: versionBefore + 1, templates: edited });
  });
});
