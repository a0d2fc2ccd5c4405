import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { createDispatcher } from '../../../core/dispatcher';
import type { Draft } from '../../../shared/api/drafts';
import { countRows, valueOf } from '../../support/results';
import { AGENT, makeTestDesk, validIntake } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

const value = valueOf;
const count = (table: string) => countRows(desk.db, table);

/** Half-typed, with the oddities a real agent leaves: spaces, line breaks, an unfinished number, emoji. */
const TYPED = {
  customerName: ' 张伟  ',
  contactPhone: '138 00',
  description: '车险理赔金额比定损少了三千元，\n客户很生气 😡\t（第二次来电）',
  complaintType: 'claims_dispute',
  complaintSubtype: null,
  emotionTags: ['angry', 'anxious'],
  callTime: '2026-11-25T10:00:00+08:00',
  nested: { half: [1, 'two', { three: true }] },
};
const DRAFT_ID = '6f1c2d3e-0000-4000-8000-000000000001';

describe('intake drafts', () => {
  it('come back exactly as typed after the database is closed and reopened', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: { customerName: '张' } }));
    desk.setNow(new Date('2026-11-25T02:00:05.000Z'));
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED, callId: 'call-9' }));
    desk.db.close();

    const db = openDatabase(join(desk.dir, 'desk.sqlite'));
    try {
      const reopened = createDispatcher({ ...desk.ctx, db });
      const drafts = value<Draft[]>(await reopened('drafts.latest', {}));
      expect(drafts).toHaveLength(1);
      expect(drafts[0]!.payload).toStrictEqual(TYPED);
      expect(drafts[0]).toMatchObject({ id: DRAFT_ID, callId: 'call-9', updatedAt: '2026-11-25T02:00:05.000Z' });
    } finally {
      db.close();
    }
  });

  it('survive the process being killed right after the autosave', async () => {
    desk = makeTestDesk();
    const path = join(desk.dir, 'desk.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'save-draft-then-hang.ts'), path, JSON.stringify({ id: DRAFT_ID, payload: TYPED })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const said = await new Promise<string>((done) => child.stdout.once('data', (chunk: Buffer) => done(chunk.toString())));
    expect(said).toBe('saved\n');
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));

    const drafts = value<Draft[]>(await desk.dispatch('drafts.latest', {}));
    expect(drafts.map((d) => d.payload)).toStrictEqual([TYPED]);
  });

  it('belong to the agent who typed them', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED }));
    desk.ctx.settings.set('signedInAgent', { ...AGENT, id: 'A2002', name: '李娜' });
    expect(value<Draft[]>(await desk.dispatch('drafts.latest', {}))).toEqual([]);
    expect(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'drafts.errors.notYours' },
    });
    value(await desk.dispatch('drafts.discard', { id: DRAFT_ID }));
    expect(count('drafts')).toBe(1);
  });

  it('are discarded on request', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED }));
    value(await desk.dispatch('drafts.discard', { id: DRAFT_ID }));
    expect(value<Draft[]>(await desk.dispatch('drafts.latest', {}))).toEqual([]);
    expect((await desk.dispatch('drafts.discard', { id: DRAFT_ID })).ok).toBe(true);
  });

  it('refuse a payload that is too large or not an object', async () => {
    desk = makeTestDesk();
    expect(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: { description: 'x'.repeat(70_000) } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['payload'], messageKey: 'validation.draftPayload.tooLarge' }] },
    });
    expect(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: 'text' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['payload'], messageKey: 'validation.draftPayload.invalid' }] },
    });
    expect(count('drafts')).toBe(0);
  });
});

describe('saving a draft as a complaint', () => {
  it('removes the draft in the same transaction as the insert', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED }));
    const complaint = value<{ id: string }>(await desk.dispatch('complaints.create', { ...validIntake(), draftId: DRAFT_ID }));
    expect(complaint.id).toBeTruthy();
    expect([count('complaints'), count('drafts')]).toEqual([1, 0]);
  });

  it('keeps the draft when the complaint cannot be written', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED }));
    // A failure after the draft's removal, inside the transaction: the removal must roll back with it.
    const result = await desk.dispatch('complaints.create', { ...validIntake(), draftId: DRAFT_ID, callId: 'unknown-call' });
    expect(result.ok).toBe(false);
    expect([count('complaints'), count('outbox'), count('drafts')]).toEqual([0, 0, 1]);
  });

  it('keeps the draft when the complaint is invalid', async () => {
    desk = makeTestDesk();
    value(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: TYPED }));
    const result = await desk.dispatch('complaints.create', { ...validIntake({ contactPhone: '138 00' }), draftId: DRAFT_ID });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(count('drafts')).toBe(1);
  });
});
