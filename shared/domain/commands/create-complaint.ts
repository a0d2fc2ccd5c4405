import type { ActorRef } from '../actor';
import type { Complaint, TimelineEvent } from '../complaint';
import { callTimeProblem, callTimeProblemKey } from '../call-time';
import { Intake, type IntakeData } from '../intake';
import { refuse, type Refusal } from '../refusal';
import { repeatComplaintOf, type EarlierComplaint } from '../regulatory/repeat-complaint';
import { refuseInvalid } from '../workflow/guards';
import { initialWorkflowState } from '../workflow/workflow-state';

export interface CreateComplaintCommand {
  id: string;
  number: string;
  eventId: string;
  intake: IntakeData;
}

export interface CommandResult {
  complaint: Complaint;
  events: TimelineEvent[];
}

/**
 * complaint.create as a command like the others: (state, command, actor, now) → result | refusal. The intake
 * is validated here, so a server replaying a pushed create applies the same rules as the desk's form,
 * the call-time rule included: `now` is the time stored in the mutation, so a replay decides alike.
 * The number rule is the registry's claim check (numberClaim): it reads the call time as the desk's clock did.
 */
export function create(
  state: Complaint | null,
  command: Omit<CreateComplaintCommand, 'intake'> & { intake: unknown },
  actor: ActorRef,
  now: Date,
  repeats?: RepeatFacts,
): CommandResult | Refusal {
  if (state) return refuse('already_exists', 'sync.refusal.alreadyExists');
  const intake = Intake.safeParse(command.intake);
  if (!intake.success) return refuseInvalid('intake_invalid', intake.error);
  const callTime = callTimeProblem(intake.data.callTime, now);
  if (callTime) return refuse('call_time_invalid', callTimeProblemKey(callTime), { field: 'callTime' });
  const created = createComplaint({ ...command, intake: intake.data }, actor, now);
  return repeats ? withRepeatFlag(created, repeats) : created;
}

/** The earlier complaints of the new complaint's customer and the window, as the creating side holds them. */
export interface RepeatFacts {
  earlier: EarlierComplaint[];
  repeatWindowDays: number;
}

/**
 * 重复投诉: the new complaint linked to the earlier one it repeats. Its creation event stays as it is: each
 * side decides the link from the complaints it holds, and the server's record (which holds all) replaces the desk's.
 */
function withRepeatFlag(created: CommandResult, { earlier, repeatWindowDays }: RepeatFacts): CommandResult {
  const c = created.complaint;
  const repeatOf = repeatComplaintOf(
    { id: c.id, receivedAt: c.receivedAt, contactPhone: c.intake.contactPhone, idNumber: c.intake.idNumber ?? '', policyNumber: c.intake.policyNumber },
    earlier,
    repeatWindowDays,
  );
  if (!repeatOf) return created;
  return { complaint: { ...c, repeatOf }, events: created.events };
}

/** The new complaint (intake already valid): at the intake stage, assigned to the agent who took it. */
export function createComplaint(command: CreateComplaintCommand, actor: ActorRef, now: Date): CommandResult {
  const at = now.toISOString();
  // The reference only: an Actor's role is not part of the record, so replay stores what the desk stored.
  const by = { id: actor.id, name: actor.name };
  const complaint: Complaint = {
    id: command.id,
    number: command.number,
    stage: 'intake',
    status: 'open',
    intake: command.intake,
    receivedAt: command.intake.callTime,
    createdAt: at,
    createdBy: by,
    assignee: by,
    updatedAt: at,
    version: 1,
    repeatOf: null,
    ...initialWorkflowState(),
  };
  const created: TimelineEvent = {
    id: command.eventId,
    complaintId: command.id,
    at,
    actor: by,
    kind: 'complaint.created',
    changes: [],
    data: { stage: 'intake', channel: command.intake.channel },
  };
  return { complaint, events: [created] };
}

/** complaint.create's number must be the one its id and the desk's call time make (an intake without a call time is refused by create). */
export function numberClaim(args: { id: string; number: string; intake: unknown }): Refusal | null {
  const callTime = (args.intake as { callTime?: unknown } | null)?.callTime;
  if (typeof callTime !== 'string') return null;
  if (isComplaintNumberOf(args.number, args.id, callTime)) return null;
  // An intake wrong in itself is refused for that first (by create), as the desk's form would.
  return Intake.safeParse(args.intake).success ? refuse('number_mismatch', 'sync.refusal.numberMismatch') : null;
}

/**
 * Whether a number is the complaint number of this id and call time: by the rule (the Shanghai date), or
 * by the previous version's rule (the date as written in the call time), which desks not yet updated
 * still use — both are accepted during the transition, so no such desk starts being refused. They
 * differ only for a call time written with an offset other than +08:00 near midnight.
 */
export function isComplaintNumberOf(number: string, id: string, callTime: string): boolean {
  return number === complaintNumber(id, callTime) || number === numberOn(writtenDate(callTime), id);
}

/** Crockford's base32: no I, L, O or U, so a number read out on the phone is not misheard or mistyped. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The organisation's time zone, Asia/Shanghai (what the screens, the letters and the reports show), is
 * UTC+08:00 all year: no daylight saving since 1991.
 */
const ORGANISATION_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** YYYYMMDD of the call time's calendar date in Asia/Shanghai (an unreadable time: its date as written). */
function shanghaiDate(callTime: string): string {
  const at = Date.parse(callTime);
  return Number.isNaN(at) ? writtenDate(callTime) : new Date(at + ORGANISATION_UTC_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The previous rule's date: the first ten characters of the call time as written, without dashes. */
const writtenDate = (callTime: string): string => callTime.slice(0, 10).replaceAll('-', '');

/**
 * TS-YYYYMMDD-<8 characters>: the date of receipt in the organisation's time zone (Asia/Shanghai — the
 * 受理时间 every screen shows, whatever offset the call time was written with) plus 40 random bits of the
 * id in base32 — unique without a central counter, so offline desks can number (six hex digits were
 * not: a thousand complaints a day collided about once a month).
 */
export function complaintNumber(id: string, callTime: string): string {
  return numberOn(shanghaiDate(callTime), id);
}

function numberOn(day: string, id: string): string {
  let bits = BigInt(`0x${id.replace(/[^0-9a-f]/gi, '').slice(0, 10).padEnd(10, '0')}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `TS-${day}-${code}`;
}
