import type { ActorRef } from '../../shared/domain/actor';
import type { Complaint } from '../../shared/domain/complaint';
import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import { beyondOfflineWindow, retime, wentBack, type ClockReason, type Retimed } from '../../shared/sync/desk-clock';
import type { Shift } from '../../shared/sync/mutators';
import type { ClockCorrection, FieldConflict, WireMutation } from '../../shared/sync/protocol';

/** One mutation's times as the server takes them: when it was made, the moved times, and what to flag. */
export interface MutationTime {
  /** The time the command runs at (createdAt, moved). */
  now: Date;
  /** Moves each time the desk's clock read, remembering what it changed. */
  shift: Shift;
  /** Every time that moved or was clamped, by field (createdAt first). */
  readonly changed: Array<Retimed & { field: string; reason: ClockReason }>;
  /** The desk's clock went back since the client's previous mutation. */
  wentBack: boolean;
}

/**
 * The clock of one push: the skew measured once (server receipt − the desk's clock as it sent the push),
 * applied to each mutation in order. Keeps the client's last desk time to notice a clock set back.
 */
export class PushClock {
  constructor(
    readonly received: Date,
    readonly skewMs: number,
    private readonly offlineWindowDays: number,
    private previousDeskTime: string | null,
  ) {}

  /**
   * `notBefore`: the creation of the complaint the mutation changes, as the server holds it — nothing can
   * have been done to a complaint before it existed, so an earlier time is raised to it (a clock behind).
   */
  forMutation(m: WireMutation, notBefore?: string): MutationTime {
    const changed: MutationTime['changed'] = [];
    const shift: Shift = (deskTime, field) => {
      const r = retime(deskTime, this.skewMs, this.received);
      if (r.reason) changed.push({ ...r, field, reason: r.reason });
      return r.server;
    };
    const back = wentBack(this.previousDeskTime, m.createdAt);
    this.previousDeskTime = m.createdAt;
    let now = new Date(shift(m.createdAt, 'createdAt'));
    if (notBefore !== undefined && now.getTime() < Date.parse(notBefore)) {
      const moved = changed.findIndex((c) => c.field === 'createdAt');
      if (moved >= 0) changed.splice(moved, 1);
      changed.push({ field: 'createdAt', desk: m.createdAt, server: notBefore, reason: 'clock_back' });
      now = new Date(notBefore);
    }
    return { now, shift, changed, wentBack: back };
  }

  /** A call's times as the server keeps them (moved like the mutation that carries it). */
  callAsServer(call: CallSnapshot): CallSnapshot {
    const move = (t: string) => retime(t, this.skewMs, this.received).server;
    return { ...call, startedAt: move(call.startedAt), answeredAt: call.answeredAt && move(call.answeredAt), endedAt: call.endedAt && move(call.endedAt) };
  }

  /**
   * A new complaint's receipt, flagged for the lead when the desk's clock moved it (corrected or clamped),
   * the desk's clock went back, or it is older than the offline window: both times, and why.
   */
  receiptConflict(time: MutationTime, created: Complaint, deskCallTime: string, m: WireMutation, by: ActorRef): FieldConflict | null {
    const moved = time.changed.find((c) => c.field === 'callTime');
    const at = time.now.toISOString();
    const base = { field: 'receivedAt', opId: m.opId, by: { id: by.id, name: by.name }, at };
    if (moved) return { ...base, serverValue: created.receivedAt, deskValue: deskCallTime, reason: moved.reason };
    if (time.wentBack) return { ...base, serverValue: created.receivedAt, deskValue: deskCallTime, reason: 'clock_back' };
    if (beyondOfflineWindow(created.receivedAt, this.received, this.offlineWindowDays)) {
      return { ...base, serverValue: this.received.toISOString(), deskValue: created.receivedAt, reason: 'offline_window' };
    }
    return null;
  }
}

/** What the desk is told was corrected, one line per time that moved. */
export function correctionsOf(time: MutationTime, m: WireMutation, complaintId: string, flagged: FieldConflict | null): ClockCorrection[] {
  const lines: ClockCorrection[] = time.changed.map((c) => ({
    mutationId: m.id,
    opId: m.opId,
    name: m.name,
    complaintId,
    field: c.field,
    deskTime: c.desk,
    serverTime: c.server,
    reason: c.reason,
  }));
  if (flagged && (flagged.reason === 'offline_window' || flagged.reason === 'clock_back')) {
    lines.push({ mutationId: m.id, opId: m.opId, name: m.name, complaintId, field: 'receivedAt', deskTime: String(flagged.deskValue), serverTime: String(flagged.serverValue), reason: flagged.reason });
  }
  return lines;
}
