import { firstRowOf, type Queryable } from '../db/queryable';

/** A desk's client id, bound on its first sign-in to one user and device. */
export async function findClient(db: Queryable, clientId: string): Promise<{ userId: string } | undefined> {
  return firstRowOf<{ userId: string }>(db, 'SELECT user_id AS "userId" FROM clients WHERE id = $1', [clientId]);
}

/** Registers the client for the user, or touches it; answers the user it is bound to. */
export async function bindClient(
  db: Queryable,
  client: { id: string; userId: string; deviceName: string },
  now: Date,
): Promise<string> {
  const row = await firstRowOf<{ user_id: string }>(
    db,
    `INSERT INTO clients (id, user_id, device_name, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (id) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at,
       device_name = CASE WHEN clients.user_id = EXCLUDED.user_id THEN EXCLUDED.device_name ELSE clients.device_name END
     RETURNING user_id`,
    [client.id, client.userId, client.deviceName, now],
  );
  return row!.user_id;
}

export async function insertSession(
  db: Queryable,
  session: { id: string; userId: string; clientId: string },
  now: Date,
): Promise<void> {
  await db.query('INSERT INTO sessions (id, user_id, client_id, created_at) VALUES ($1, $2, $3, $4)', [
    session.id,
    session.userId,
    session.clientId,
    now,
  ]);
}

export async function insertTokens(
  db: Queryable,
  sessionId: string,
  tokens: { accessHash: string; accessExpiresAt: Date; refreshHash: string; refreshExpiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)', [
    tokens.accessHash,
    sessionId,
    tokens.accessExpiresAt,
  ]);
  await db.query('INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)', [
    tokens.refreshHash,
    sessionId,
    tokens.refreshExpiresAt,
  ]);
}

export interface RefreshTokenState {
  sessionId: string;
  userId: string;
  clientId: string;
  expiresAt: Date;
  sessionRevoked: boolean;
  /** Whether this call marked it rotated; false if it had been used before (a replay). */
  claimed: boolean;
}

/**
 * Marks the refresh token rotated and answers its session, in one statement, so two concurrent
 * refreshes with one token cannot both succeed: exactly one sees `claimed`.
 */
export async function claimRefreshToken(db: Queryable, refreshHash: string, now: Date): Promise<RefreshTokenState | undefined> {
  return firstRowOf<RefreshTokenState>(
    db,
    `WITH claimed AS (
       UPDATE refresh_tokens SET rotated_at = $2 WHERE token_hash = $1 AND rotated_at IS NULL RETURNING token_hash
     )
     SELECT s.id AS "sessionId", s.user_id AS "userId", s.client_id AS "clientId", r.expires_at AS "expiresAt",
            s.revoked_at IS NOT NULL AS "sessionRevoked", EXISTS (SELECT 1 FROM claimed) AS "claimed"
     FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id
     WHERE r.token_hash = $1`,
    [refreshHash, now],
  );
}

export async function findSessionByRefreshHash(
  db: Queryable,
  refreshHash: string,
): Promise<{ sessionId: string; userId: string } | undefined> {
  return firstRowOf(
    db,
    `SELECT s.id AS "sessionId", s.user_id AS "userId" FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id
     WHERE r.token_hash = $1`,
    [refreshHash],
  );
}

export async function revokeSession(db: Queryable, sessionId: string, reason: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL', [
    sessionId,
    now,
    reason,
  ]);
}

/** Revokes every session of the user, but `exceptSessionId` (the one changing its own password). */
export async function revokeUserSessions(
  db: Queryable,
  userId: string,
  reason: string,
  now: Date,
  exceptSessionId: string | null = null,
): Promise<void> {
  await db.query(
    `UPDATE sessions SET revoked_at = $2, revoked_reason = $3
     WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $4`,
    [userId, now, reason, exceptSessionId],
  );
}
