import type { TFunction } from 'i18next';
import type { CallOutput } from '../../../shared/api/contract';
import { clockSpanText, spanBetween } from './clock-span';

type FieldConflict = CallOutput<'sync.reviewQueue'>[number]['conflicts'][number];

/** The words around one conflict in review: what each side's value is, the two choices, who made it and why it is in review. */
export interface ConflictTexts {
  serverValue: string;
  deskValue: string;
  keepServer: string;
  takeDesk: string;
  by: string;
  /** Why the server flagged it (its clock rule), as a sentence; null for an edit on two desks. */
  reason: string | null;
}

/** A receipt flagged by the clock rule: which words fit its two values (for offline_window the desk's value is the one kept). */
const CLOCK_SIDES = { clock_skew: 'corrected', clock_ahead: 'corrected', clock_back: 'back', offline_window: 'offline' } as const;

export function conflictTexts(c: Pick<FieldConflict, 'field' | 'reason' | 'serverValue' | 'deskValue'>, t: TFunction): ConflictTexts {
  if (c.field !== 'receivedAt' || !c.reason) {
    return {
      serverValue: t('sync.page.serverValue'),
      deskValue: t('sync.page.deskValue'),
      keepServer: t('sync.page.keepServer'),
      takeDesk: t('sync.page.takeDesk'),
      by: t('sync.page.by'),
      reason: null,
    };
  }
  const sides = `sync.review.clock.${CLOCK_SIDES[c.reason]}`;
  return {
    serverValue: t(`${sides}.serverValue`),
    deskValue: t(`${sides}.deskValue`),
    keepServer: t(`${sides}.keepServer`),
    takeDesk: t(`${sides}.takeDesk`),
    by: t(`${sides}.by`),
    reason: t(`sync.review.clock.reason.${c.reason}`, { span: clockSpanText(spanBetween(c.deskValue, c.serverValue), t) }),
  };
}
