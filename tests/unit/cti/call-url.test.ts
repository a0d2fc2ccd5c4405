import { describe, expect, it } from 'vitest';
import { parseCallUrl } from '../../../shared/domain/cti/call-url';
import { CtiParseError } from '../../../shared/domain/cti/cti-parse-error';

const keyOf = (url: string) => {
  try {
    parseCallUrl(url);
  } catch (error) {
    if (error instanceof CtiParseError) return [error.messageKey, error.field];
  }
  return null;
};

describe('complaintdesk://call URLs', () => {
  it('reads a new inbound call with its callId', () => {
    expect(parseCallUrl('complaintdesk://call?from=13800138000&callId=abc-1')).toEqual({
      kind: 'incoming',
      callId: 'abc-1',
      direction: 'in',
      from: '13800138000',
      to: '',
      users: [],
      queue: null,
      source: 'url',
    });
  });

  it('keeps an unescaped + of the number (softphones paste it raw) and decodes %-escapes', () => {
    expect(parseCallUrl('complaintdesk://call?from=+8613800138000').from).toBe('+8613800138000');
    expect(parseCallUrl('complaintdesk://call?from=%2B86%20138%200013%208000').from).toBe('+86 138 0013 8000');
  });

  it('accepts the spellings OSes hand over and a missing callId', () => {
    for (const url of ['complaintdesk://call/?from=010-12345678', 'complaintdesk:call?from=010-12345678', 'COMPLAINTDESK://call?from=010-12345678']) {
      expect(parseCallUrl(url)).toMatchObject({ from: '010-12345678', callId: null });
    }
  });

  it('takes other Zammad fields, so a softphone can report the hangup too', () => {
    expect(parseCallUrl('complaintdesk://call?event=hangup&from=13800138000&callId=abc-1&cause=cancel')).toMatchObject({
      kind: 'hungUp',
      cause: 'cancel',
    });
    expect(parseCallUrl('complaintdesk://call?from=13800138000&user=A1001&user=A1002').users).toEqual(['A1001', 'A1002']);
  });

  it.each([
    ['https://call?from=13800138000', 'cti.errors.invalidUrl', null],
    ['complaintdesk://open?from=13800138000', 'cti.errors.invalidUrl', null],
    ['complaintdesk://call', 'cti.errors.missingField', 'from'],
    ['complaintdesk://call?from=', 'cti.errors.missingField', 'from'],
    ['complaintdesk://call?from=%number%', 'cti.errors.invalidNumber', 'from'],
    ['complaintdesk://call?from=1&from=2', 'cti.errors.notText', 'from'],
    ['complaintdesk://call?event=hangup&from=13800138000&cause=busy', 'cti.errors.missingField', 'callId'],
    ['complaintdesk://call?from=13800138000&direction=sideways', 'cti.errors.invalidDirection', 'direction'],
  ])('refuses %s', (url, key, field) => {
    expect(keyOf(url)).toEqual([key, field]);
  });
});
