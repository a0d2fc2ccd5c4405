import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import { refuse, type Refusal } from '../../shared/domain/refusal';
import { rowsOf, type Queryable } from '../db/queryable';

interface CallOwner {
  complaintId: string;
  recordedBy: string;
}

/**
 * The calls a push batch names, as the server holds them: a call belongs to the complaint and the person
 * that recorded it first. That person may link it again (to another of their complaints, as their desk
 * does); anyone else naming the same PBX call id is refused and the call stays where it is.
 */
export class BatchCalls {
  private constructor(private readonly owners: Map<string, CallOwner>) {}

  static async open(tx: Queryable, callIds: readonly string[]): Promise<BatchCalls> {
    const ids = [...new Set(callIds)];
    if (ids.length === 0) return new BatchCalls(new Map());
    const rows = await rowsOf<{ id: string; complaint_id: string; recorded_by: string }>(
      tx,
      'SELECT id, complaint_id, recorded_by FROM sync_calls WHERE id = ANY($1::text[]) FOR UPDATE',
      [ids],
    );
    return new BatchCalls(new Map(rows.map((r) => [r.id, { complaintId: r.complaint_id, recordedBy: r.recorded_by }])));
  }

  /** Why `person` may not record these calls on `complaintId`, or null. */
  refusalFor(person: string, complaintId: string, calls: readonly CallSnapshot[]): Refusal | null {
    const me = person.toLowerCase();
    const taken = calls.find((call) => {
      const owner = this.owners.get(call.id);
      return owner !== undefined && owner.recordedBy !== me && owner.complaintId !== complaintId;
    });
    return taken ? refuse('call_taken', 'sync.refusal.callTaken', { callId: taken.id }) : null;
  }

  /** Who recorded each call after this mutation (the first recorder stays), for the batch's later mutations and its write. */
  recorded(person: string, complaintId: string, calls: readonly CallSnapshot[]): string[] {
    return calls.map((call) => {
      const owner = this.owners.get(call.id) ?? { complaintId, recordedBy: person.toLowerCase() };
      this.owners.set(call.id, { ...owner, complaintId });
      return owner.recordedBy;
    });
  }
}
