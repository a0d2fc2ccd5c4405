import type { TFunction } from 'i18next';
import type { ClockCorrection } from '../../../shared/sync/protocol';
import { clockSpanText, spanBetween } from './clock-span';

/** Which time the server corrected, as a person calls it (a withdrawal's receivedAt is not the complaint's). */
export function correctionFieldLabel(c: Pick<ClockCorrection, 'name' | 'field'>, t: TFunction): string {
  const key = c.name === 'complaint.withdraw' && c.field === 'receivedAt' ? 'withdrawal.receivedAt' : c.field;
  return t(`sync.clock.field.${key}`, { defaultValue: c.field });
}

/** Why the server corrected it, with how far the desk's time was off where that says something. */
export function correctionReasonText(c: Pick<ClockCorrection, 'reason' | 'deskTime' | 'serverTime'>, t: TFunction): string {
  return t(`sync.clock.reason.${c.reason}`, { span: clockSpanText(spanBetween(c.deskTime, c.serverTime), t) });
}
