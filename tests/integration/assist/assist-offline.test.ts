import http from 'node:http';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssistAnalysis } from '../../../shared/api/assist';
import { makeTestDesk } from '../../support/desk';
import { blockNetwork, type NetworkGuard } from '../../support/network-guard';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';
import { LEAD, OTHER_AGENT } from '../../support/workflow';

describe('agent assist on the desk, with the network blocked', () => {
  let desk: TestDesk;
  let guard: NetworkGuard;
  beforeEach(() => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
  });
  afterEach(() => {
    guard?.release();
    desk.close();
  });

  it('the guard counts and stops every kind of attempt (so a zero below means something)', async () => {
    guard = blockNetwork();
    expect(() => net.connect(5432, '127.0.0.1')).toThrow(/network blocked/);
    expect(() => http.get('http://127.0.0.1:1/')).toThrow(/network blocked/);
    await expect(Promise.resolve().then(() => fetch('http://127.0.0.1:1/'))).rejects.toThrow(/network blocked/);
    expect(guard.attempts()).toBe(3);
  });

  it('analyses a description — risk, key terms, suggestions, similar complaints — without one connection', async () => {
    const earlier = await complaintAtStage(desk, 'intake', {
      description: '理赔申请交了两个月，理赔款一直没有到账，催了好几次',
      policyNumber: 'P2026-000777',
    });
    guard = blockNetwork();
    const analysis = valueOf<AssistAnalysis>(
      await desk.dispatch('assist.analyse', {
        text: '我的理赔拖了三个月还没到账，你们再不处理我就找记者曝光，还要去12378投诉',
        policyNumber: 'p2026-000777',
      }),
    );
    expect(analysis.risk).toEqual({ suggested: true, phrases: ['记者', '曝光', '12378'] });
    expect(analysis.suggestions[0]).toMatchObject({ type: 'claims_dispute', subtype: 'claim_too_slow' });
    expect(analysis.keywords.map((k) => k.keyword)).toContain('理赔');
    expect(analysis.similar).toMatchObject([{ complaint: { id: earlier.id, number: earlier.number }, samePolicy: true }]);
    expect(analysis.modelVersion).toBe(0);
    expect(guard.attempts()).toBe(0);
  });

  it('shows in "similar" only complaints the actor may see', async () => {
    await complaintAtStage(desk, 'intake', { description: '理赔款一直没有到账，催了好几次', policyNumber: 'P2026-000777' });
    const text = '理赔款一直没有到账';
    signInAs(desk, OTHER_AGENT);
    expect(valueOf<AssistAnalysis>(await desk.dispatch('assist.analyse', { text, policyNumber: 'P2026-000777' })).similar).toEqual([]);
    signInAs(desk, LEAD);
    expect(valueOf<AssistAnalysis>(await desk.dispatch('assist.analyse', { text, policyNumber: 'P2026-000777' })).similar).toHaveLength(1);
  });

  it('refuses an unknown field or a text beyond twice the description limit, with its reason', async () => {
    const refused = await desk.dispatch('assist.analyse', { text: '理赔', extra: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await desk.dispatch('assist.analyse', { text: '赔'.repeat(8_001) })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
