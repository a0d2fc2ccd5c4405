import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/desk-error';
import { deskErrorFromServer, serverFieldMessageKey } from '../../../core/server-link/desk-error-from-server';
import { ServerUnreachable } from '../../../core/server-link/http-request';
import { NotOurServer, ServerRefusal } from '../../../core/server-link/server-refusal';
import { memorySettings } from '../../../core/settings';

const settings = memorySettings({ serverLastReachedAt: '2026-11-30T01:00:00.000Z' });
const bodyOf = (error: unknown) => (error as DeskError).body;

describe('server answers become what the person is told', () => {
  it('maps each server code to the desk\'s, with field codes next to their fields', () => {
    const refusal = new ServerRefusal(409, { code: 'conflict', message: 'taken', fields: [{ path: 'employeeNo', code: 'taken' }] });
    expect(bodyOf(deskErrorFromServer(refusal, settings))).toEqual({
      code: 'conflict',
      messageKey: 'accounts.errors.conflict',
      issues: [{ path: ['employeeNo'], messageKey: 'accounts.server.taken' }],
    });
    const invalid = new ServerRefusal(400, { code: 'validation', message: 'bad', fields: [{ path: 'phrases.fraud.en.0', code: 'validation.phrases.empty' }] });
    expect(bodyOf(deskErrorFromServer(invalid, settings)).issues).toEqual([{ path: ['phrases', 'fraud', 'en', 0], messageKey: 'validation.phrases.empty' }]);
    expect(bodyOf(deskErrorFromServer(new ServerRefusal(429, { code: 'rate_limited', message: 'slow down', retryAfterSeconds: 30 }), settings))).toEqual({
      code: 'refused',
      messageKey: 'accounts.errors.rateLimited',
      params: { seconds: 30 },
    });
    expect(bodyOf(deskErrorFromServer(new ServerRefusal(403, { code: 'deactivated', message: 'gone' }), settings)).messageKey).toBe('accounts.errors.deactivated');
    expect(bodyOf(deskErrorFromServer(new ServerRefusal(500, { code: 'internal', message: 'x' }), settings)).messageKey).toBe('accounts.errors.serverFailed');
  });

  it('says "offline" with when the server was last reached, and "not our server" for a stranger', () => {
    expect(bodyOf(deskErrorFromServer(new ServerUnreachable('timeout'), settings))).toEqual({
      code: 'offline',
      messageKey: 'accounts.errors.offline',
      params: { lastReachedAt: '2026-11-30T01:00:00.000Z' },
    });
    expect(bodyOf(deskErrorFromServer(new NotOurServer(200), settings)).messageKey).toBe('accounts.errors.notOurServer');
    const other = new Error('bug');
    expect(deskErrorFromServer(other, settings)).toBe(other);
  });

  it('never turns an odd field code into a key outside the desk\'s texts', () => {
    expect(serverFieldMessageKey('unrecognized_keys')).toBe('accounts.server.unrecognized_keys');
    expect(serverFieldMessageKey('<script>')).toBe('accounts.server.invalid');
  });
});
