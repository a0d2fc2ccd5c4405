import type { SyncNotice } from '../../shared/api/sync';
import { SyncNoticeSchema } from '../../shared/api/sync';
import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';

const noticeKey = (actorId: string) => `notice:${actorId}`;

/** The latest sync notice for the person on this desk (kept in sync_state beside the cursor), or null. */
export function syncNotice(db: ReadableDB, actorId: string): SyncNotice | null {
  const row = statement(db, 'SELECT value FROM sync_state WHERE key = ?').get(noticeKey(actorId)) as { value: string } | undefined;
  if (!row) return null;
  try {
    const parsed = SyncNoticeSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSyncNotice(db: ComplaintWriteDB, actorId: string, notice: SyncNotice | null): void {
  if (notice === null) {
    statement(db, 'DELETE FROM sync_state WHERE key = ?').run(noticeKey(actorId));
    return;
  }
  statement(db, 'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    noticeKey(actorId),
    JSON.stringify(notice),
  );
}
