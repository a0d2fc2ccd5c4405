import { firstRowOf, type Queryable } from '../db/queryable';

/** $1 key, $2 now, $3 window seconds → the window's hits and start after this one. */
export const HIT_WINDOW_UPSERT = `INSERT INTO rate_limit_windows AS w (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN w.window_start <= $2::timestamptz - make_interval(secs => $3::int) THEN 1 ELSE w.hits + 1 END,
       window_start = CASE WHEN w.window_start <= $2::timestamptz - make_interval(secs => $3::int) THEN $2 ELSE w.window_start END
     RETURNING hits, window_start`;

/**
 * Counts a hit in the fixed window of `key` and answers the count and the window's start, in one
 * atomic statement: every server process on the database shares the counter.
 */
export async function hitWindow(
  db: Queryable,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<{ hits: number; windowStart: Date }> {
  const row = await firstRowOf<{ hits: number; window_start: Date }>(
    db,
    HIT_WINDOW_UPSERT,
    [key, now, windowSeconds],
  );
  return { hits: row!.hits, windowStart: row!.window_start };
}

export async function lockedUntil(db: Queryable, employeeNo: string): Promise<Date | null> {
  const row = await firstRowOf<{ locked_until: Date | null }>(
    db,
    'SELECT locked_until FROM login_backoff WHERE employee_no = lower($1)',
    [employeeNo],
  );
  return row?.locked_until ?? null;
}

/**
 * Counts a failed sign-in for the account and, from `freeFailures` on, locks it for a time that
 * doubles with each further failure (capped); atomic, so concurrent failures on any process all count.
 */
export async function recordLoginFailure(
  db: Queryable,
  employeeNo: string,
  now: Date,
  policy: { freeFailures: number; baseLockSeconds: number; maxLockSeconds: number },
): Promise<{ failures: number; lockedUntil: Date | null }> {
  // Failures older than a day are forgotten; the lock is computed in the same upsert as the count.
  const failures = `CASE WHEN b.last_failure_at < $2::timestamptz - interval '1 day' THEN 1 ELSE b.failures + 1 END`;
  const lockFor = (count: string) =>
    `CASE WHEN ${count} >= $3::int THEN $2::timestamptz + make_interval(secs => least($5::float8, $4::float8 * power(2, ${count} - $3::int))) END`;
  const row = await firstRowOf<{ failures: number; locked_until: Date | null }>(
    db,
    `INSERT INTO login_backoff AS b (employee_no, failures, last_failure_at, locked_until)
     VALUES (lower($1), 1, $2::timestamptz, ${lockFor('1')})
     ON CONFLICT (employee_no) DO UPDATE SET
       failures = ${failures}, locked_until = ${lockFor(failures)}, last_failure_at = $2
     RETURNING failures, locked_until`,
    [employeeNo, now, policy.freeFailures, policy.baseLockSeconds, policy.maxLockSeconds],
  );
  return { failures: row!.failures, lockedUntil: row!.locked_until };
}

export async function clearLoginFailures(db: Queryable, employeeNo: string): Promise<void> {
  await db.query('DELETE FROM login_backoff WHERE employee_no = lower($1)', [employeeNo]);
}
