import type { Agent } from '../../shared/api/session';
import { reviewFieldLabel, reviewValueText } from '../features/complaints/timeline/review-value';
import { SyncPage } from '../features/sync/sync-page';

const REVIEW_FORMAT = { fieldLabel: reviewFieldLabel, valueText: reviewValueText };

/** 同步: the sync page, with the review queue reading values as the complaint screens do. */
export function SyncRoute({ agent }: { agent: Agent }) {
  return <SyncPage agent={agent} reviewFormat={REVIEW_FORMAT} />;
}
