import { DEFAULT_DEADLINE_SETTINGS } from '../../shared/domain/workflow/deadlines';
import { skewOf } from '../../shared/sync/desk-clock';
import { firstRowOf, type Queryable } from '../db/queryable';
import { PushClock } from './push-clock';

/**
 * A push's clock: the skew of the desk's clock against the server's at receipt, the organisation's offline
 * window, and the desk time of the client's last mutation (to notice a clock set back between pushes).
 */
export async function openPushClock(tx: Queryable, clientId: string, received: Date, deskClock: string | undefined): Promise<PushClock> {
  const row = await firstRowOf<{ window_days: number | null; desk_time: Date | null }>(
    tx,
    `SELECT (SELECT (deadlines->>'offlineWindowDays')::int FROM org_settings WHERE id = 1) AS window_days,
            (SELECT desk_time FROM sync_audit WHERE client_id = $1 ORDER BY mutation_id DESC LIMIT 1) AS desk_time`,
    [clientId],
  );
  return new PushClock(received, skewOf(deskClock, received), row?.window_days ?? DEFAULT_DEADLINE_SETTINGS.offlineWindowDays, row?.desk_time?.toISOString() ?? null);
}
