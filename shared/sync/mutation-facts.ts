import type { AttachmentRecord } from '../domain/attachments/attachment-record';
import type { QualityFacts } from '../domain/assist/quality-schema';
import type { Classification } from '../domain/regulatory/classification';
import type { EarlierComplaint } from '../domain/regulatory/repeat-complaint';
import type { ReviewFacts } from '../domain/regulatory/review-request';
import type { FieldConflict } from './protocol';

/** A complaint's review flag and the conflicts recorded for a lead. */
export interface ReviewState {
  needsReview: boolean;
  conflicts: FieldConflict[];
}

/**
 * What a command needs to know besides the complaint, read by whoever runs it from its own store (the
 * desk's SQLite, the server's PostgreSQL) before it runs: so a refusal such as `not_in_review` or
 * `attachment_id_taken` is the command's, decided alike on the desk and on the server.
 */
export interface MutationFacts {
  /** The complaint's review state as this side holds it. */
  review: ReviewState;
  /** The record of the attachment the mutation names (attachmentIdOf), or null when none was added under that id. */
  attachment: AttachmentRecord | null;
  /** The organisation's regulatory settings as this side holds them, and (for a new complaint) the earlier complaints of its customer. */
  regulatory?: RegulatoryFacts;
  /** For a 核查 request (originalIdOf): the original as this side holds it, when the actor may see it, and its reviews. */
  reviewRequest?: ReviewFacts;
  /** 质检: the scorecard in force here, the complaint's notes and whether the actor leads its team (without them a close is not scored and no review passes). */
  quality?: QualityFacts;
}

/**
 * What the regulator's rules need: the classification a registration's codes must belong to, the repeat
 * window and the earlier complaints of the same phone or identity number (`earlierComplaintsOf` on each
 * side; empty but for a create). Without them (a runner that reads none) the seeded classification applies
 * and nothing is a repeat.
 */
export interface RegulatoryFacts {
  classification: Classification;
  repeatWindowDays: number;
  earlier: EarlierComplaint[];
}

/** A complaint with no review pending and no attachment under the id named: what a new complaint has. */
export const NOTHING_RECORDED: MutationFacts = { review: { needsReview: false, conflicts: [] }, attachment: null };
