import { describe, expect, it } from 'vitest';
import { parseCallArgv } from '../../../shared/domain/cti/call-argv';
import { parseCallUrl } from '../../../shared/domain/cti/call-url';
import { CtiParseError } from '../../../shared/domain/cti/cti-parse-error';
import { parseZammadBody, parseZammadEvent } from '../../../shared/domain/cti/zammad-event';
import { isPlausiblePhone, normalizePhone } from '../../../shared/domain/phone';

/** Runs `work` and says how long it took, whatever it threw. */
function timed(work: () => unknown): { ms: number; error: unknown } {
  const start = performance.now();
  let error: unknown = null;
  try {
    work();
  } catch (e) {
    error = e;
  }
  return { ms: performance.now() - start, error };
}

/** Generous for a loaded 2-core machine; the quadratic patterns took 150 ms to many seconds here. */
const BUDGET_MS = 25;

describe('softphone input of hostile length costs next to nothing', () => {
  it('a 16,000-digit from is refused as too long at once', () => {
    for (const from of ['1'.repeat(16_000), `${'1'.repeat(16_000)}x`, `${' 1'.repeat(8_000)}x`]) {
      const { ms, error } = timed(() => parseZammadEvent({ event: 'newCall', from, direction: 'in', callId: 'c-1' }));
      expect(error).toBeInstanceOf(CtiParseError);
      expect(error).toMatchObject({ messageKey: 'cti.errors.tooLong', field: 'from' });
      expect(ms).toBeLessThan(BUDGET_MS);
    }
  });

  it('a 64-character number that is not one is still checked in linear time', () => {
    const { ms, error } = timed(() => parseZammadEvent({ event: 'newCall', from: `${'1'.repeat(63)}x`, direction: 'in', callId: 'c-1' }));
    expect(error).toMatchObject({ messageKey: 'cti.errors.invalidNumber' });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a megabyte complaintdesk:// link is refused at once', () => {
    for (const url of [`complaintdesk://call?from=${'1'.repeat(1_000_000)}x`, `complaintdesk://call?from=1&${'user=a&'.repeat(100_000)}`]) {
      const { ms, error } = timed(() => parseCallUrl(url));
      expect(error).toMatchObject({ messageKey: 'cti.errors.tooLong' });
      expect(ms).toBeLessThan(BUDGET_MS);
    }
  });

  it('a form body with thousands of repeated fields is refused at once', () => {
    const { ms, error } = timed(() => parseZammadBody(`event=newCall&from=1&direction=in&callId=x&${'user[]=a&'.repeat(1_500)}`, 'application/x-www-form-urlencoded'));
    expect(error).toMatchObject({ messageKey: 'cti.errors.tooLong' });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a command line with a megabyte argument or a hundred thousand arguments is refused at once', () => {
    for (const argv of [['complaint-desk', `${'1'.repeat(1_000_000)}x`], ['complaint-desk', ...Array<string>(100_000).fill('--x')]]) {
      const { ms, error } = timed(() => parseCallArgv(argv));
      expect(error).toMatchObject({ messageKey: 'cti.errors.tooLong', field: 'argv' });
      expect(ms).toBeLessThan(BUDGET_MS);
    }
  });

  it('a pasted megabyte of spaces in the phone field is no phone number, at once', () => {
    const paste = `${' '.repeat(1_000_000)}1`;
    const { ms } = timed(() => [isPlausiblePhone(paste), normalizePhone(paste)]);
    expect(isPlausiblePhone(paste)).toBe(false);
    expect(normalizePhone(paste)).toBe(null);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});
