import { z } from 'zod';
import type { Complaint } from '../complaint';
import { closedSuspendedMsOf, suspendedSinceOf, suspensionNeedsApproval, suspendedMsOf } from './clock-stop';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A deadline this close or closer shows as due soon. */
export const DUE_SOON_DAYS = 3;

const dayCount = (field: string) =>
  z
    .number({ error: `validation.deadlines.${field}.required` })
    .int({ error: `validation.deadlines.${field}.range` })
    .min(1, { error: `validation.deadlines.${field}.range` })
    .max(365, { error: `validation.deadlines.${field}.range` });

/**
 * The day counts of 《银行业保险业消费投诉处理管理办法》, changeable by an admin: a decision within
 * standardDays of receipt, complexDays for a complex complaint, plus extensionDays for an especially
 * complex one whose extension a lead approved.
 */
export const DeadlineSettingsSchema = z
  .object({
    standardDays: dayCount('standardDays'),
    complexDays: dayCount('complexDays'),
    extensionDays: dayCount('extensionDays'),
    /**
     * A complaint an offline desk received longer ago than this when the server first sees it keeps its
     * call time but is flagged for a lead's review (shared/sync/desk-clock.ts). Absent in settings saved before it.
     */
    offlineWindowDays: dayCount('offlineWindowDays').default(14),
    /** A suspension (挂起, clock-stop.ts) open longer than this asks for a lead's approval. Absent in settings saved before it. */
    suspensionApprovalDays: dayCount('suspensionApprovalDays').default(30),
  })
  .refine((s) => s.complexDays >= s.standardDays, {
    path: ['complexDays'],
    error: 'validation.deadlines.complexDays.shorterThanStandard',
  });
export type DeadlineSettings = z.infer<typeof DeadlineSettingsSchema>;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = { standardDays: 15, complexDays: 30, extensionDays: 30, offlineWindowDays: 14, suspensionApprovalDays: 30 };

/** suspended: the clock is stopped (挂起) with time left; a complaint suspended after its due time stays overdue. */
export const DEADLINE_STATES = ['onTrack', 'dueSoon', 'overdue', 'suspended', 'done'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const DeadlineInfoSchema = z.object({
  state: z.enum(DEADLINE_STATES),
  /** receivedAt + allowedDays + the time suspended (while suspended: as if the clock ran again now), as an ISO instant. */
  dueAt: z.string(),
  allowedDays: z.number().int(),
  /** When the procedure ended (closed or withdrawn), else null. */
  endedAt: z.string().nullable(),
  /** For an ended complaint: whether it ended after its due time. */
  endedLate: z.boolean().nullable(),
  /** How it ended: closed (办结) or withdrawn by the customer (撤诉); null while open. */
  endedAs: z.enum(['closed', 'withdrawn']).nullable(),
  /** The time not counted because the clock was stopped (挂起), up to now or the end, in ms. */
  suspendedMs: z.number().default(0),
  /** When the open suspension began; null while the clock runs. */
  suspendedSince: z.string().nullable().default(null),
  /** The open suspension has outlasted the organisation's limit without a lead's approval. */
  suspensionNeedsApproval: z.boolean().default(false),
});
export type DeadlineInfo = z.infer<typeof DeadlineInfoSchema>;

type DeadlineInputs = Pick<Complaint, 'receivedAt' | 'complexity' | 'status' | 'endedAt' | 'suspensions'>;

export function allowedDays(complaint: Pick<Complaint, 'complexity'>, settings: DeadlineSettings): number {
  switch (complaint.complexity) {
    case 'standard':
      return settings.standardDays;
    case 'complex':
      return settings.complexDays;
    case 'especiallyComplex':
      return settings.complexDays + settings.extensionDays;
  }
}

/**
 * The due instant with only the ended suspensions counted: what the desk stores as due_at (the open
 * suspension's start is stored beside it). Calendar days from the moment of receipt: received 10:00 on the
 * 1st, 15 days → due 10:00 on the 16th, later by the time suspended.
 */
export function storedDueAt(complaint: Pick<Complaint, 'receivedAt' | 'complexity' | 'suspensions'>, settings: DeadlineSettings): Date {
  return new Date(Date.parse(complaint.receivedAt) + allowedDays(complaint, settings) * DAY_MS + closedSuspendedMsOf(complaint));
}

/** The due instant as of now: while suspended the clock stands, so the due moves on with now (clock-stop.ts). */
export function liveDueAt(stored: Date, suspendedSince: string | null, now: Date): Date {
  if (suspendedSince === null) return stored;
  return new Date(stored.getTime() + Math.max(0, now.getTime() - Date.parse(suspendedSince)));
}

/** The due instant of a complaint as of now (an ended one: as of its end). */
export function dueAt(complaint: DeadlineInputs, settings: DeadlineSettings, now: Date): Date {
  const upTo = complaint.status !== 'open' && complaint.endedAt ? new Date(complaint.endedAt) : now;
  return new Date(Date.parse(complaint.receivedAt) + allowedDays(complaint, settings) * DAY_MS + suspendedMsOf(complaint, upTo));
}

/** overdue once now is past due; due soon within DUE_SOON_DAYS of it (due itself included); done once ended. */
export function deadlineStateAt(due: Date, now: Date): Exclude<DeadlineState, 'done' | 'suspended'> {
  const remaining = due.getTime() - now.getTime();
  if (remaining < 0) return 'overdue';
  return remaining <= DUE_SOON_DAYS * DAY_MS ? 'dueSoon' : 'onTrack';
}

export function deadlineOf(complaint: DeadlineInputs, settings: DeadlineSettings, now: Date): DeadlineInfo {
  const suspendedSince = complaint.status === 'open' ? suspendedSinceOf(complaint) : null;
  const status = deadlineStatusAt(storedDueAt(complaint, settings), { ...complaint, suspendedSince }, now);
  const upTo = complaint.status !== 'open' && complaint.endedAt ? new Date(complaint.endedAt) : now;
  return {
    dueAt: dueAt(complaint, settings, now).toISOString(),
    allowedDays: allowedDays(complaint, settings),
    ...status,
    suspendedMs: suspendedMsOf(complaint, upTo),
    suspendedSince,
    suspensionNeedsApproval: complaint.status === 'open' && suspensionNeedsApproval(complaint, settings.suspensionApprovalDays, now),
  };
}

/**
 * The one deadline/status state of a complaint whose stored due time is known (computed from the settings,
 * or stored as due_at, with the open suspension's start beside it): open → on track, due soon, overdue or
 * suspended (挂起 with time left); ended → done, with how (closed 办结 or withdrawn 撤诉) and whether after its
 * due time. The queue, the complaint page, reminders and the exports all read it.
 */
export function deadlineStatusAt(
  storedDue: Date,
  complaint: Pick<Complaint, 'status' | 'endedAt'> & { suspendedSince?: string | null },
  now: Date,
): Pick<DeadlineInfo, 'state' | 'endedAt' | 'endedLate' | 'endedAs'> {
  if (complaint.status !== 'open') {
    const endedAt = complaint.endedAt;
    const endedLate = endedAt === null ? null : Date.parse(endedAt) > storedDue.getTime();
    return { state: 'done', endedAt, endedLate, endedAs: complaint.status };
  }
  const since = complaint.suspendedSince ?? null;
  if (since !== null) {
    const remaining = storedDue.getTime() - Date.parse(since);
    return { state: remaining < 0 ? 'overdue' : 'suspended', endedAt: null, endedLate: null, endedAs: null };
  }
  return { state: deadlineStateAt(storedDue, now), endedAt: null, endedLate: null, endedAs: null };
}

/** What a deadline state is called on every screen and sheet: a withdrawn complaint is 已撤诉, never 已办结. */
export const DEADLINE_LABELS = ['onTrack', 'dueSoon', 'overdue', 'suspended', 'done', 'withdrawn'] as const;
export type DeadlineLabel = (typeof DEADLINE_LABELS)[number];
export const deadlineLabelOf = (deadline: Pick<DeadlineInfo, 'state' | 'endedAs'>): DeadlineLabel =>
  deadline.endedAs === 'withdrawn' ? 'withdrawn' : deadline.state;
