import { describe, expect, it } from 'vitest';
import { CtiParseError } from '../../../shared/domain/cti/cti-parse-error';
import { parseZammadBody, parseZammadEvent } from '../../../shared/domain/cti/zammad-event';

const newCall = { event: 'newCall', from: '8613800138000', to: '4008208820', direction: 'in', callId: 'c-1', user: ['王芳'], queue: 'claims' };

function refusal(run: () => unknown): { key: string; field: string | null; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CtiParseError) return { key: error.messageKey, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a CtiParseError');
}

describe('Zammad generic CTI events', () => {
  it('turns newCall into an incoming call event', () => {
    expect(parseZammadEvent(newCall)).toEqual({
      kind: 'incoming',
      callId: 'c-1',
      direction: 'in',
      from: '8613800138000',
      to: '4008208820',
      users: ['王芳'],
      queue: 'claims',
      source: 'http',
    });
  });

  it('accepts user as a string, a list, user[] or nothing', () => {
    expect(parseZammadEvent({ ...newCall, user: 'A1001' }).users).toEqual(['A1001']);
    expect(parseZammadEvent({ ...newCall, user: ['A1001', '王芳'] }).users).toEqual(['A1001', '王芳']);
    const { user: _user, ...withoutUser } = newCall;
    expect(parseZammadEvent({ ...withoutUser, 'user[]': ['A1002'] }).users).toEqual(['A1002']);
    expect(parseZammadEvent(withoutUser).users).toEqual([]);
  });

  it('turns answer and hangup into answered and hungUp events', () => {
    expect(parseZammadEvent({ ...newCall, event: 'answer', answeringNumber: 'A1001' })).toMatchObject({
      kind: 'answered',
      callId: 'c-1',
      answeringNumber: 'A1001',
    });
    expect(parseZammadEvent({ ...newCall, event: 'hangup', cause: 'noAnswer' })).toMatchObject({
      kind: 'hungUp',
      callId: 'c-1',
      cause: 'noAnswer',
      answeringNumber: null,
    });
  });

  it.each(['normalClearing', 'busy', 'cancel', 'noAnswer', 'congestion', 'notFound', 'forwarded'])('accepts the cause %s', (cause) => {
    expect(parseZammadEvent({ ...newCall, event: 'hangup', cause })).toMatchObject({ cause });
  });

  it('accepts a withheld caller and an outbound call', () => {
    expect(parseZammadEvent({ ...newCall, from: 'anonymous' }).from).toBe('anonymous');
    expect(parseZammadEvent({ ...newCall, direction: 'out', from: '8001', to: '13800138000' })).toMatchObject({ direction: 'out' });
  });

  it.each([
    [{ ...newCall, event: 'ringing' }, 'cti.errors.unknownEvent', 'event'],
    [{ ...newCall, event: undefined }, 'cti.errors.unknownEvent', 'event'],
    [{ ...newCall, callId: undefined }, 'cti.errors.missingField', 'callId'],
    [{ ...newCall, callId: 'has space' }, 'cti.errors.invalidCallId', 'callId'],
    [{ ...newCall, callId: 'x'.repeat(251) }, 'cti.errors.tooLong', 'callId'],
    [{ ...newCall, from: undefined }, 'cti.errors.missingField', 'from'],
    [{ ...newCall, from: '' }, 'cti.errors.missingField', 'from'],
    [{ ...newCall, from: 13800138000 }, 'cti.errors.notText', 'from'],
    [{ ...newCall, from: 'DROP TABLE calls' }, 'cti.errors.invalidNumber', 'from'],
    [{ ...newCall, direction: 'inbound' }, 'cti.errors.invalidDirection', 'direction'],
    [{ ...newCall, direction: undefined }, 'cti.errors.missingField', 'direction'],
    [{ ...newCall, user: 7 }, 'cti.errors.notText', 'user'],
    [{ ...newCall, event: 'hangup', cause: 'timeout' }, 'cti.errors.invalidCause', 'cause'],
  ])('refuses %j with %s naming %s', (body, key, field) => {
    expect(refusal(() => parseZammadEvent(body))).toMatchObject({ key, field });
  });

  it('refuses what is not an object', () => {
    for (const body of [null, 'newCall', 42, [newCall]]) {
      expect(refusal(() => parseZammadEvent(body)).key).toBe('cti.errors.notAnObject');
    }
  });

  it('gives a readable English message naming the field', () => {
    expect(refusal(() => parseZammadEvent({ ...newCall, callId: undefined })).message).toBe('"callId" is required.');
  });
});

describe('a POST body', () => {
  it('reads JSON, with or without a JSON content type', () => {
    expect(parseZammadBody(JSON.stringify(newCall), 'application/json; charset=utf-8').kind).toBe('incoming');
    expect(parseZammadBody(JSON.stringify(newCall), 'text/plain').kind).toBe('incoming');
  });

  it('reads form fields as Zammad documents them, with user[] and an escaped +', () => {
    const form = 'event=newCall&from=%2B8613800138000&to=95500&direction=in&callId=c-2&user[]=A1001&user[]=A1002';
    expect(parseZammadBody(form, 'application/x-www-form-urlencoded')).toMatchObject({
      from: '+8613800138000',
      users: ['A1001', 'A1002'],
      callId: 'c-2',
    });
  });

  it('refuses an empty body, broken JSON and JSON that is not an object', () => {
    expect(refusal(() => parseZammadBody('', 'application/json')).key).toBe('cti.errors.emptyBody');
    expect(refusal(() => parseZammadBody(undefined, undefined)).key).toBe('cti.errors.emptyBody');
    expect(refusal(() => parseZammadBody('{"event":', 'application/json')).key).toBe('cti.errors.invalidJson');
    expect(refusal(() => parseZammadBody('[1,2]', 'application/json')).key).toBe('cti.errors.notAnObject');
  });
});
