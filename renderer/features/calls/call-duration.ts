import type { CallRecord } from '../../../shared/api/calls';

/** 75 → "01:15", 3725 → "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Seconds the call has lasted at `now`: from its start (ringing counts, the customer is waiting) to its end. */
export function elapsedSeconds(call: CallRecord, now: number): number {
  const end = call.endedAt ? Date.parse(call.endedAt) : now;
  return (end - Date.parse(call.startedAt)) / 1000;
}

export type CallState = 'ringing' | 'talking' | 'ended';

export function callState(call: CallRecord): CallState {
  if (call.endedAt) return 'ended';
  return call.answeredAt ? 'talking' : 'ringing';
}
