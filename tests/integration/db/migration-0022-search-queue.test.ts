import { describe, expect, it } from 'vitest';
import type { WritableDB } from '../../../db/handles';
import { enqueueForIndexing, searchQueueLength } from '../../../db/repositories/search-queue';
import { deskFileSteps, insertComplaintRow } from '../../support/desk-migrations';

const files = deskFileSteps();

describe('migration 22: the search index queue', () => {
  it('starts empty over a desk whose index is already current; a complaint queued twice waits once, in its first place', () => {
    const { path, db: old } = files.at(21);
    insertComplaintRow(old, 'c1');
    insertComplaintRow(old, 'c2');
    old.close();

    const db = files.reopenAt(path, 22);
    expect(searchQueueLength(db)).toBe(0);
    enqueueForIndexing(db as WritableDB, ['c1']);
    enqueueForIndexing(db as WritableDB, ['c2']);
    const firstStamp = db.prepare("SELECT stamp FROM search_queue WHERE complaint_id = 'c1'").pluck().get();
    enqueueForIndexing(db as WritableDB, ['c1']);
    expect(db.prepare('SELECT complaint_id FROM search_queue ORDER BY seq').pluck().all()).toEqual(['c1', 'c2']);
    // A new stamp: a search document built from c1's row before this change is known to be stale.
    expect(db.prepare("SELECT stamp FROM search_queue WHERE complaint_id = 'c1'").pluck().get()).not.toBe(firstStamp);
    db.close();
  });
});
