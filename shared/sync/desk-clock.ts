/**
 * The desk's clock is evidence, not truth. Each push carries the desk's clock when it was sent; the
 * server measures the skew against its own clock, and a mutation's times (when it was made, and the
 * times the desk's clock filled in: a call's time, a withdrawal's receipt) are moved into the server's
 * time when the skew is beyond the allowance. A time still ahead of the server after that is clamped
 * to the moment the server received it. One rule, used by the server and described to the desk.
 */

/** Within this, a desk's times are taken as they are (NTP keeps honest clocks well inside it). */
export const CLOCK_SKEW_ALLOWANCE_MS = 2 * 60 * 1000;

/** Beyond this, the desk warns its agent that its clock is off the server's. */
export const CLOCK_WARNING_MS = 5 * 60 * 1000;

/** Why a time was changed or flagged for the lead. */
export const CLOCK_REASONS = ['clock_skew', 'clock_ahead', 'clock_back', 'offline_window'] as const;
export type ClockReason = (typeof CLOCK_REASONS)[number];

/** Server time minus desk time, in ms (positive: the desk is slow); 0 when the desk did not say. */
export function skewOf(deskClock: string | undefined, received: Date): number {
  if (deskClock === undefined) return 0;
  const desk = Date.parse(deskClock);
  return Number.isNaN(desk) ? 0 : received.getTime() - desk;
}

/** One desk time as the server takes it: moved by the skew (beyond the allowance), never after the receipt. */
export interface Retimed {
  desk: string;
  server: string;
  reason: ClockReason | null;
}

export function retime(deskTime: string, skewMs: number, received: Date): Retimed {
  const at = Date.parse(deskTime);
  if (Number.isNaN(at)) return { desk: deskTime, server: deskTime, reason: null };
  const corrected = Math.abs(skewMs) > CLOCK_SKEW_ALLOWANCE_MS;
  const moved = corrected ? at + skewMs : at;
  if (moved > received.getTime() + CLOCK_SKEW_ALLOWANCE_MS) return { desk: deskTime, server: received.toISOString(), reason: 'clock_ahead' };
  if (!corrected) return { desk: deskTime, server: deskTime, reason: null };
  return { desk: deskTime, server: new Date(moved).toISOString(), reason: 'clock_skew' };
}

/** A receipt older than the offline window when the server first sees the complaint: kept, but a lead reviews it. */
export function beyondOfflineWindow(receivedAt: string, firstSeen: Date, windowDays: number): boolean {
  const at = Date.parse(receivedAt);
  return !Number.isNaN(at) && firstSeen.getTime() - at > windowDays * 24 * 60 * 60 * 1000;
}

/** A desk whose mutations go back in time (its clock was set back while offline): the later one is flagged. */
export function wentBack(previousDeskTime: string | null, deskTime: string): boolean {
  if (previousDeskTime === null) return false;
  return Date.parse(previousDeskTime) - Date.parse(deskTime) > CLOCK_SKEW_ALLOWANCE_MS;
}
