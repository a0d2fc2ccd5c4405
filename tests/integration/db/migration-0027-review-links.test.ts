import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { reviewsOnDesk } from '../../../db/repositories/review-links';
import { deskFileSteps, insertComplaintRow } from '../../support/desk-migrations';

const steps = deskFileSteps();
/** The version just before 27 (numbers are assigned ahead, so the one before may not be 26). */
const before27 = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 27));
const link = { id: 'orig', number: 'TS-20261125-AAORIG', decidedAt: '2026-12-01T02:00:00.000Z', decisionReceivedAt: '2026-12-01T02:00:00.000Z', requestedAt: '2026-12-05T02:00:00.000Z', late: false };

describe('migration 27: the 核查 reviews of a complaint found by the original they review', () => {
  it('indexes the review link of every record, and finds the reviews written before it', () => {
    const { path, db: old } = steps.at(before27);
    insertComplaintRow(old, 'orig', { status: 'closed' });
    insertComplaintRow(old, 'rev1', { record: JSON.stringify({ reviewOf: link }) });
    insertComplaintRow(old, 'other');
    old.close();

    const db = steps.reopenAt(path, 27);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM complaints WHERE json_extract(record, '$.reviewOf.id') = ?`).all('orig') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('complaints_review_of');
    expect(reviewsOnDesk(db, 'orig')).toEqual([{ id: 'rev1', number: 'TS-20261125-AAREV1', status: 'open', requestedAt: link.requestedAt, late: false }]);
    expect(reviewsOnDesk(db, 'other')).toEqual([]);
    db.close();
  });
});
