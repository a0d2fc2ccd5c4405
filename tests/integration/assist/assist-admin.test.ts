import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistAnalysis } from '../../../shared/api/assist';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import type { ClassifierInfo } from '../../../shared/org/assist';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { cachedOrgSettings } from '../../../core/services/org-settings-cache';
import { DEMO_PASSWORD, makeServerDesk, startCompanyServer, type ServerDesk } from '../../support/company-server';
import { valueOf } from '../../support/workflow-desk';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => {
  for (const desk of desks) desk.close();
  await company?.close();
});

const deskOf = async (employeeNo: string) => {
  const desk = makeServerDesk(company.server.url);
  desks.push(desk);
  valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
  return desk;
};

const TEXT = '理赔拖了两个月，我已经联系了央视的朋友';

describe('the assist administration through the desk', () => {
  it('an admin adds a watch phrase on the server; the desk keeps it at once and an agent\'s desk suggests the escalation from it after fetching the settings', async () => {
    const admin = await deskOf('M3001');
    const agent = await deskOf('A1001');
    const risk = async () => valueOf<AssistAnalysis>(await agent.dispatch('assist.analyse', { text: TEXT })).risk;
    expect(await risk()).toEqual({ suggested: false, phrases: [] });

    // Refused by the desk's own contract before anything leaves: a repeated phrase, an unknown field; an agent may not.
    const repeated = await admin.dispatch('assist.watchList.save', { phrases: ['央视', '央视'] });
    // (The screen words it itself with the same rule, addWatchPhrase: 监测词不能重复。)
    expect(repeated).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['phrases'] }] } });
    expect((await admin.dispatch('assist.watchList.save', { phrases: ['央视'], extra: 1 } as never)).ok).toBe(false);
    expect(await agent.dispatch('assist.watchList.save', { phrases: ['央视'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const before = cachedOrgSettings(admin.ctx)!.version;

    const saved = valueOf<OrgSettings>(await admin.dispatch('assist.watchList.save', { phrases: [...DEFAULT_WATCH_LIST, '央视'] }));
    expect(saved.watchList).toContain('央视');
    expect(saved.version).toBe(before + 1);
    expect(cachedOrgSettings(admin.ctx)?.watchList).toContain('央视');

    // The agent's desk follows the settings (a sync does this after the server's poke).
    valueOf(await agent.dispatch('org.settings.refresh', {}));
    expect(await risk()).toEqual({ suggested: true, phrases: ['央视'] });
  });

  it('shows no model before the first training, and refuses training with too few closed complaints, saying how many it needs', async () => {
    const admin = await deskOf('M3001');
    expect(valueOf<ClassifierInfo>(await admin.dispatch('assist.classifier.info', {}))).toEqual({ model: null });
    expect(await admin.dispatch('assist.classifier.train', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', messageKey: 'assistAdmin.classifier.tooFew', params: { min: 20 } },
    });
    const agent = await deskOf('A1001');
    expect(await agent.dispatch('assist.classifier.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await agent.dispatch('assist.classifier.train', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
