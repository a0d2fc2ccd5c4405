import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../core/dispatcher';
import { handlers } from '../../../core/handlers';
import { makeTestDesk } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { countRows } from '../../support/results';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => {
  desk.close();
  vi.restoreAllMocks();
});

const DRAFT_ID = '6f1c2d3e-0000-4000-8000-0000000000dd';
function nested(depth: number): Record<string, unknown> {
  let payload: Record<string, unknown> = { a: 'x' };
  for (let i = 0; i < depth; i++) payload = { a: payload };
  return payload;
}

describe('the dispatcher under hostile input', () => {
  it.each([20, 1_100, 20_000])('refuses a draft nested %i deep as a validation error, saving nothing', async (depth) => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY });
    const result = await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: nested(depth) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', messageKey: 'errors.validation', issues: [{ path: ['payload'], messageKey: 'validation.draftPayload.tooLarge' }] },
    });
    expect(countRows(desk.db, 'drafts')).toBe(0);
  });

  it('still saves a form a few levels deep', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY });
    expect(await desk.dispatch('drafts.save', { id: DRAFT_ID, payload: nested(10) })).toMatchObject({ ok: true });
  });

  it('answers an output that fails its check as internal, and logs it (masked), instead of rejecting', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dispatch = createDispatcher(desk.ctx, { ...handlers, 'phrases.get': () => ({ not: 'a phrase book', phone: '13912345678' }) as never });
    await expect(dispatch('phrases.get', {})).resolves.toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/^\[dispatcher\] phrases.get failed/);
  });

  it('answers a schema that throws as internal, and logs it, instead of rejecting', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hostile = { get id() { throw new RangeError('Maximum call stack size exceeded'); } };
    await expect(desk.dispatch('complaints.get', hostile)).resolves.toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    expect(logged.mock.calls[0]!.join(' ')).toContain('RangeError');
  });
});
