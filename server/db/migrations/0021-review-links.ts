import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 21,
  name: '核查: the review complaints of a complaint found by the original it reviews',
  up: sql(
    // complaint.requestReview refuses a second review of one decision (server/sync/review-links-repo.ts); complaints without a link index as null.
    `CREATE INDEX sync_complaints_review_of ON sync_complaints ((document->'reviewOf'->>'id'))`,
  ),
};

export default migration;
