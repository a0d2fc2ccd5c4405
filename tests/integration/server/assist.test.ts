import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLabelledTexts } from '../../../assist/training-examples';
import { ClassifierModelSchema } from '../../../shared/domain/assist/classifier-model';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import { DEFAULT_SCORECARD } from '../../../shared/domain/assist/scorecard';
import { OrgSettingsSchema } from '../../../shared/org/org-settings-schema';
import { ClassifierInfoSchema, TrainedClassifierSchema } from '../../../shared/org/assist';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

/** Closed complaints as the sync table keeps them: the description and the type and subtype they were closed under. */
async function closeComplaints(server: TestServer, rows: { text: string; type: string; subtype: string }[]) {
  for (const [i, row] of rows.entries()) {
    const document = { id: randomUUID(), status: 'closed', intake: { description: row.text, complaintType: row.type, complaintSubtype: row.subtype } };
    await server.ctx.pool.query(
      `INSERT INTO sync_complaints (id, document, version, owner_no, position, status, complaint_type, complaint_subtype, ended_at)
       VALUES ($1, $2, 1, 'A1001', $3, 'closed', $4, $5, now())`,
      [document.id, JSON.stringify(document), 1_000_000 + i, row.type, row.subtype],
    );
  }
}

describe.each(BACKENDS)('agent assist on the server (%s)', (backend) => {
  let server: TestServer;
  let admin: string;
  let agent: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = (await server.signIn('M3001')).accessToken;
    agent = (await server.signIn('A1001')).accessToken;
  });
  afterAll(() => server?.close());

  const settings = async () => OrgSettingsSchema.parse((await server.call('GET', '/org-settings', { token: agent })).json());

  it('sends the default watch list, and lets only an admin replace it, bumping the settings version', async () => {
    const before = await settings();
    expect(before.watchList).toEqual(DEFAULT_WATCH_LIST);
    expect(before.classifierVersion).toBe(0);

    expect((await server.call('PUT', '/assist/watch-list', { token: agent, body: { phrases: ['律师'] } })).statusCode).toBe(403);
    const duplicate = await server.call('PUT', '/assist/watch-list', { token: admin, body: { phrases: ['律师', '律师'] } });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.fields).toEqual([{ path: 'phrases', code: 'assist.validation.watchList.duplicate' }]);
    const unknown = await server.call('PUT', '/assist/watch-list', { token: admin, body: { phrases: ['律师'], extra: true } });
    expect(unknown.statusCode).toBe(400);
    expect((await settings()).version).toBe(before.version);

    const saved = await server.call('PUT', '/assist/watch-list', { token: admin, body: { phrases: ['律师', '12378', '央视'] } });
    expect(saved.statusCode).toBe(200);
    const after = await settings();
    expect(after.watchList).toEqual(['律师', '12378', '央视']);
    expect(after.version).toBe(before.version + 1);
  });

  it('sends the default scorecard, and lets only an admin replace it with a valid one', async () => {
    const before = await settings();
    expect(before.scorecard).toEqual(DEFAULT_SCORECARD);
    const card = { checks: [{ id: 'apology', kind: 'required', zh: '已致歉', en: 'Apologised', phrases: ['抱歉', '对不起'], points: 50 }] };
    expect((await server.call('PUT', '/assist/scorecard', { token: agent, body: card })).statusCode).toBe(403);
    const bad = await server.call('PUT', '/assist/scorecard', { token: admin, body: { checks: [{ ...card.checks[0], phrases: [] }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'checks.0.phrases', code: 'assist.validation.scorecard.phrases' }]);
    expect((await server.call('PUT', '/assist/scorecard', { token: admin, body: { ...card, weights: 1 } })).statusCode).toBe(400);
    expect((await server.call('PUT', '/assist/scorecard', { token: admin, body: card })).statusCode).toBe(200);
    const after = await settings();
    expect(after.scorecard).toEqual(card);
    expect(after.version).toBe(before.version + 1);
  });

  it('trains the classifier from closed complaints only for an admin and only with enough of them, and serves the newest', async () => {
    expect((await server.call('GET', '/assist/classifier', { token: agent })).statusCode).toBe(404);
    expect((await server.call('POST', '/assist/classifier/train', { token: agent, body: {} })).statusCode).toBe(403);
    expect((await server.call('POST', '/assist/classifier/train', { token: admin, body: { version: 99 } })).statusCode).toBe(400);
    const tooFew = await server.call('POST', '/assist/classifier/train', { token: admin, body: {} });
    expect(tooFew.statusCode).toBe(409);

    // The organisation's own closed complaints: a subtype the starting examples never say this way.
    const closed = Array.from({ length: 24 }, (_, i) => ({ text: `客户反映退休金账户的养老年金第${i}期没有按时发放`, type: 'claims_dispute', subtype: 'claim_too_slow' }));
    await closeComplaints(server, closed);
    const trained = await server.call('POST', '/assist/classifier/train', { token: admin, body: {} });
    expect(trained.statusCode).toBe(200);
    const answer = TrainedClassifierSchema.parse(trained.json());
    const starting = readLabelledTexts(new URL('../../../assist/training/starting-examples.jsonl', import.meta.url)).length;
    expect(answer).toMatchObject({ version: 1, organisationExamples: 24 });
    expect(answer.examples).toBeGreaterThan(starting + 24 - 1);

    const model = ClassifierModelSchema.parse((await server.call('GET', '/assist/classifier', { token: agent })).json());
    expect(model).toMatchObject({ version: 1, source: 'organisation' });
    expect((await settings()).classifierVersion).toBe(1);
    const again = TrainedClassifierSchema.parse((await server.call('POST', '/assist/classifier/train', { token: admin, body: {} })).json());
    expect(again.version).toBe(2);
  });

  it('scores a trial model on every fifth closed complaint, and tells an admin (only) the newest model\'s version, date, trainer and size', async () => {
    const trained = TrainedClassifierSchema.parse((await server.call('POST', '/assist/classifier/train', { token: admin, body: {} })).json());
    // 24 closed complaints: the 5th, 10th, 15th and 20th are held back from the trial; all say the same kind of thing.
    expect(trained.heldBack).toEqual({ heldBack: 4, typeAccuracy: 1, subtypeAccuracy: 1 });

    expect((await server.call('GET', '/assist/classifier/info', { token: agent })).statusCode).toBe(403);
    const info = ClassifierInfoSchema.parse((await server.call('GET', '/assist/classifier/info', { token: admin })).json());
    const model = ClassifierModelSchema.parse((await server.call('GET', '/assist/classifier', { token: agent })).json());
    expect(info.model).toEqual({
      version: trained.version,
      trainedAt: model.trainedAt,
      trainedBy: '陈静',
      examples: trained.examples,
      vocabularySize: model.vocabularySize,
      classes: trained.classes,
      bytes: expect.any(Number),
    });
    // The size is the stored JSON's (PostgreSQL writes jsonb back with a space after each separator).
    expect(info.model!.bytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify(model)) * 0.9);
    expect(info.model!.bytes).toBeLessThan(Buffer.byteLength(JSON.stringify(model)) * 1.5);
  });
});
