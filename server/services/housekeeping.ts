import { pruneStaleUploads } from '../sync/attachment-upload-repo';
import type { ServerContext } from './context';

const HOUR_MS = 60 * 60 * 1000;
/** An attachment upload nobody has added to for this long is dropped (its desk starts again from 0 if it ever returns). */
const STALE_UPLOAD_DAYS = 30;

/**
 * Deletes what can no longer matter: expired tokens, sessions with nothing left to refresh,
 * finished rate-limit windows, day-old back-off and attachment uploads abandoned for a month. Idempotent, so every process may run it.
 */
export async function pruneExpired(ctx: ServerContext): Promise<void> {
  const now = ctx.clock();
  const db = ctx.pool;
  await db.query('DELETE FROM access_tokens WHERE expires_at < $1', [now]);
  await db.query('DELETE FROM refresh_tokens WHERE expires_at < $1', [now]);
  await db.query(
    `DELETE FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id)
       AND NOT EXISTS (SELECT 1 FROM access_tokens a WHERE a.session_id = s.id)`,
  );
  await db.query('DELETE FROM rate_limit_windows WHERE window_start < $1', [new Date(now.getTime() - HOUR_MS)]);
  await db.query('DELETE FROM login_backoff WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < $2)', [
    new Date(now.getTime() - 24 * HOUR_MS),
    now,
  ]);
  await pruneStaleUploads(db, new Date(now.getTime() - STALE_UPLOAD_DAYS * 24 * HOUR_MS));
}
