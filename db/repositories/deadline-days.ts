import type { WritableDB } from '../handles';
import { statement } from '../statements';
import { dueAtSql } from './due-at';
import type { DeadlineSettings } from '../../shared/domain/workflow/deadlines';

export interface DeadlineDays {
  standard: number;
  complex: number;
  especiallyComplex: number;
}

/**
 * Mirrors the day counts in force into deadline_days and, when they differ from what the table held,
 * recomputes every complaint's due_at in the same transaction. Returns how many complaints were recomputed.
 */
export function applyDeadlineDays(db: WritableDB, days: DeadlineDays): number {
  return db.transaction(() => {
    const current = Object.fromEntries(
      (statement(db, 'SELECT complexity, days FROM deadline_days').all() as { complexity: string; days: number }[]).map((r) => [r.complexity, r.days]),
    );
    const changed = Object.entries(days).some(([complexity, n]) => current[complexity] !== n);
    if (!changed) return 0;
    const upsert = statement(db, 'INSERT INTO deadline_days (complexity, days) VALUES (?, ?) ON CONFLICT (complexity) DO UPDATE SET days = excluded.days');
    for (const [complexity, n] of Object.entries(days)) upsert.run(complexity, n);
    return statement(
      db,
      `UPDATE complaints SET due_at = ${dueAtSql('received_at', 'complaints.complexity', 'suspended_ms')}`,
    ).run().changes;
  })();
}

/** The days per complexity the settings give: an especially complex case has the complex days plus the extension. */
export function deadlineDaysOf(s: DeadlineSettings): DeadlineDays {
  return { standard: s.standardDays, complex: s.complexDays, especiallyComplex: s.complexDays + s.extensionDays };
}
