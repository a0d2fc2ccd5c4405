import type { CallRecord } from '../../../shared/api/calls';
import { normalizePhone } from '../../../shared/domain/phone';

export type CallLinkOffer = 'none' | 'linked' | 'offer' | 'linkedElsewhere';

/**
 * What a complaint's page says about the desk's current call. It offers the link only for a call from the
 * complaint's own caller (the number the complaint was taken under): right after saving an intake another
 * caller may already be ringing, and one click must not tie that stranger's call to this complaint. A withheld
 * number cannot be matched, so it is not offered either (a call the intake was started from is linked by the save).
 */
export function callLinkOffer(call: CallRecord | null, complaint: { id: string; contactPhone: string } | null): CallLinkOffer {
  if (!call || call.direction !== 'in') return 'none';
  if (call.complaintId !== null && call.complaintId === complaint?.id) return 'linked';
  if (call.endedAt || !complaint) return 'none';
  const callerKey = normalizePhone(complaint.contactPhone);
  if (!call.numberKey || !callerKey || call.numberKey !== callerKey) return 'none';
  return call.complaintId !== null ? 'linkedElsewhere' : 'offer';
}
