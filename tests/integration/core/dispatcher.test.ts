import { afterEach, describe, expect, it } from 'vitest';
import { makeTestDesk, validIntake } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());
const count = () => (desk.db.prepare('SELECT count(*) n FROM complaints').get() as { n: number }).n;

describe('the dispatcher', () => {
  it('answers an unknown call with not_found', async () => {
    desk = makeTestDesk();
    expect(await desk.dispatch('complaints.drop', {})).toEqual({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors.unknownCall', params: { call: 'complaints.drop' } },
    });
  });

  it('returns each invalid field with its i18n key and changes nothing', async () => {
    desk = makeTestDesk();
    const result = await desk.dispatch('complaints.create', validIntake({ customerName: '', contactPhone: 'abc', complaintSubtype: 'poor_attitude' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'errors.validation',
        issues: [
          { path: ['customerName'], messageKey: 'validation.customerName.required' },
          { path: ['contactPhone'], messageKey: 'validation.contactPhone.invalid' },
          { path: ['complaintSubtype'], messageKey: 'validation.complaintSubtype.mismatch' },
        ],
      },
    });
    expect(count()).toBe(0);
  });

  it('maps a wrong type from a bad client to a generic key rather than zod English', async () => {
    desk = makeTestDesk();
    const result = await desk.dispatch('complaints.get', { id: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['id'], messageKey: 'validation.invalid' }] } });
  });

  it('refuses signed-in calls before anyone signs in, then lets them through', async () => {
    desk = makeTestDesk({ agent: null });
    expect(await desk.dispatch('queue.mine', {})).toEqual({ ok: false, error: { code: 'unauthenticated', messageKey: 'errors.signInFirst' } });
    expect(await desk.dispatch('session.current', {})).toEqual({ ok: true, value: { agent: null, locked: false, offline: false } });
    // Sign-in needs the company server (tests/integration/accounts); without one it says so.
    expect(await desk.dispatch('session.signIn', { employeeNo: 'B2002', password: 'Demo@2026' })).toEqual({
      ok: false,
      error: { code: 'refused', messageKey: 'accounts.errors.noServer' },
    });
    desk.ctx.settings.set('signedInAgent', { id: 'B2002', name: '李娜', role: 'agent' });
    expect(await desk.dispatch('queue.mine', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('says a complaint was not found', async () => {
    desk = makeTestDesk();
    expect(await desk.dispatch('complaints.get', { id: 'missing' })).toEqual({ ok: false, error: { code: 'not_found', messageKey: 'errors.complaintNotFound' } });
  });
});
