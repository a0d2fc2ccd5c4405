/**
 * A complaint's stored due instant (what the team queue sorts and filters by): received + the days in
 * force for its complexity (deadline_days, mirrored from the settings) + the time of its ended suspensions
 * (suspended_ms, closedSuspendedMsOf in shared/domain/workflow/clock-stop.ts), as a UTC ISO instant — the
 * SQL form of storedDueAt. SQL over the given expressions, so the insert, the update and the recompute after
 * a settings change share it. SQLite keeps times in whole milliseconds, so it agrees with the domain's to the ms.
 */
export const dueAtSql = (receivedAt: string, complexity: string, suspendedMs: string): string =>
  `strftime('%Y-%m-%dT%H:%M:%fZ', ${receivedAt}, '+' || (SELECT days FROM deadline_days WHERE deadline_days.complexity = ${complexity}) || ' days', '+' || (${suspendedMs} / 1000.0) || ' seconds')`;
