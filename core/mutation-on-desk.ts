import type { MutationEffects } from '../shared/sync/mutation-effects';
import type { MutationFacts } from '../shared/sync/mutation-facts';
import { attachmentIdOf, originalIdOf } from '../shared/sync/mutators';
import { findComplaint } from '../db/repositories/complaints';
import { reviewsOnDesk } from '../db/repositories/review-links';
import type { RegulatorySettings } from '../shared/domain/regulatory/regulatory-settings';
import { earlierComplaintsOnDesk } from '../db/repositories/earlier-complaints';
import { repeatWindowOf } from '../shared/domain/regulatory/repeat-window';
import { phoneKey } from '../shared/domain/regulatory/repeat-complaint';
import type { ComplaintWriteDB, ReadableDB } from '../db/handles';
import { applyAttachmentEvents, attachmentRecordOn } from '../db/repositories/attachments';
import { saveCallSnapshot } from '../db/repositories/calls';
import { reviewStateOf, saveReviewState } from '../db/repositories/server-state';

/**
 * What a command needs to know besides the complaint, as this desk holds it (the server reads the same from
 * PostgreSQL): its review state, the attachment it names, the organisation's regulatory settings and, for a
 * new complaint, the earlier complaints on this desk about its policy; for a 核查 request, the original and its
 * reviews on this desk (the command itself checks that the actor may see the original).
 */
export function deskFactsOf(db: ReadableDB, name: string, args: unknown, complaintId: string, regulatory: RegulatorySettings): MutationFacts {
  const attachmentId = attachmentIdOf(name, args);
  const intake =
    name === 'complaint.create' ? (args as { intake?: { policyNumber?: unknown; callTime?: unknown; contactPhone?: unknown; idNumber?: unknown } } | null)?.intake : undefined;
  const window = repeatWindowOf(intake?.callTime, regulatory.repeatWindowDays);
  const policy = typeof intake?.policyNumber === 'string' ? intake.policyNumber : '';
  const customer = {
    phoneKey: typeof intake?.contactPhone === 'string' ? phoneKey(intake.contactPhone) : '',
    idNumber: typeof intake?.idNumber === 'string' ? intake.idNumber : '',
  };
  const originalId = originalIdOf(name, args);
  return {
    ...(originalId === null ? {} : { reviewRequest: { original: findComplaint(db, originalId), reviews: reviewsOnDesk(db, originalId) } }),
    review: reviewStateOf(db, complaintId),
    attachment: attachmentId === null ? null : attachmentRecordOn(db, complaintId, attachmentId),
    regulatory: {
      classification: regulatory.classification,
      repeatWindowDays: regulatory.repeatWindowDays,
      earlier: window ? earlierComplaintsOnDesk(db, policy, customer, window.since, window.until) : [],
    },
  };
}

/**
 * An applied mutation's effects written to this desk, in the change's transaction: its attachment records,
 * its review state, and (for a replayed mutation) the calls it records. The desk's own new complaint links
 * its call from the desk's call log instead (record-new-complaint), so `calls` is off there.
 */
export function writeEffectsOnDesk(tx: ComplaintWriteDB, complaintId: string, effects: MutationEffects, { calls }: { calls: boolean }): void {
  applyAttachmentEvents(tx, effects.attachmentEvents);
  if (effects.reviewChanged) saveReviewState(tx, complaintId, effects.review);
  if (calls) for (const call of effects.calls) saveCallSnapshot(tx, complaintId, call);
}
