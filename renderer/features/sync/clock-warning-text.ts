import type { TFunction } from 'i18next';
import { clockSpanText } from './clock-span';

/**
 * The warning of a desk whose clock is off the server's. `offsetMs` is the server's clock minus the desk's:
 * negative, the desk runs ahead (快); positive, behind (慢).
 */
export function clockWarningText(offsetMs: number, t: TFunction): string {
  const span = clockSpanText(offsetMs, t);
  return offsetMs < 0 ? t('sync.clock.warning.fast', { span }) : t('sync.clock.warning.slow', { span });
}
