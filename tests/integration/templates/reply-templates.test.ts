import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_TEMPLATES, type ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import { makeTestDesk } from '../../support/desk';
import { valueOf } from '../../support/results';
import { signInAs } from '../../support/workflow-desk';

const desks: ReturnType<typeof makeTestDesk>[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.close()));
const ADMIN = { id: 'AD9001', name: '管理员', role: 'admin' as const };
const mine: ReplyTemplate = { id: 'mine', language: 'zh-CN', purpose: 'general', title: '致歉', body: '{{customerName}}您好，给您带来不便深表歉意。' };

describe('reply templates', () => {
  it('gives the defaults, or this desk’s old local edits; an agent may not edit them, an admin only on the company server (tests/integration/sync/org-settings-follow)', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    expect(valueOf(await desk.dispatch('templates.get', {}))).toEqual({ templates: DEFAULT_REPLY_TEMPLATES, source: 'defaults' });
    expect(await desk.dispatch('templates.set', { templates: [mine] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    signInAs(desk, ADMIN);
    expect(await desk.dispatch('templates.set', { templates: [mine, mine] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await desk.dispatch('templates.set', { templates: [{ ...mine, body: ' ' }] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await desk.dispatch('templates.set', { templates: [mine] })).toMatchObject({ ok: false, error: { messageKey: 'accounts.errors.noServer' } });
    // What an admin edited on this desk before the organisation's settings carried templates, until they do.
    desk.ctx.settings.set('replyTemplates', [mine]);
    expect(valueOf(await desk.dispatch('templates.get', {}))).toEqual({ templates: [mine], source: 'desk' });
  });

  it('prefers the organisation’s templates from the cached organisation settings', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    const org: ReplyTemplate = { ...mine, id: 'org', title: '总部模板' };
    desk.ctx.settings.set('organisationSettings', { deadlines: {}, templates: [org] });
    expect(valueOf(await desk.dispatch('templates.get', {}))).toEqual({ templates: [org], source: 'organisation' });
    desk.ctx.settings.set('replyTemplates', [mine]);
    expect(valueOf(await desk.dispatch('templates.get', {}))).toEqual({ templates: [org], source: 'organisation' });
    desk.ctx.settings.set('replyTemplates', null);
    desk.ctx.settings.set('organisationSettings', { deadlines: {} });
    expect(valueOf(await desk.dispatch('templates.get', {}))).toMatchObject({ source: 'defaults' });
  });
});
