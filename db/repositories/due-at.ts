/**
 * A complaint's stored due instant (what the team queue sorts and filters by): received + the days in
 * force for its complexity (deadline_days, mirrored from the settings), as a UTC ISO instant. SQL over
 * the given expressions, so the insert, the update and the recompute after a settings change share it.
 */
export const dueAtSql = (receivedAt: string, complexity: string): string =>
  `strftime('%Y-%m-%dT%H:%M:%fZ', ${receivedAt}, '+' || (SELECT days FROM deadline_days WHERE deadline_days.complexity = ${complexity}) || ' days')`;
