import type { TFunction } from 'i18next';
import type { CallOutput } from '../../../shared/api/contract';
import { clockSpanText, spanBetween } from './clock-span';

type ClockCorrection = CallOutput<'sync.clockCorrections'>[number];

/** Which time the server corrected, as a person calls it (a withdrawal's receivedAt is not the complaint's). */
export function correctionFieldLabel(c: Pick<ClockCorrection, 'name' | 'field'>, t: TFunction): string {
  const key = c.name === 'complaint.withdraw' && c.field === 'receivedAt' ? 'withdrawal.receivedAt' : c.field;
  return t(`sync.clock.field.${key}`, { defaultValue: c.field });
}

/** Why the server corrected it, with how far the desk's time was off where that says something. */
export function correctionReasonText(c: Pick<ClockCorrection, 'reason' | 'deskTime' | 'serverTime'>, t: TFunction): string {
  return t(`sync.clock.reason.${c.reason}`, { span: clockSpanText(spanBetween(c.deskTime, c.serverTime), t) });
}
