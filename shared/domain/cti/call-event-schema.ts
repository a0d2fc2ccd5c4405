import { z } from 'zod';
import type { CallEvent, CallEventSource } from './call-event';
import { CALL_DIRECTIONS, HANGUP_CAUSES } from './call-event';
import { CtiParseError, isCtiErrorKey } from './cti-parse-error';

/** Zammad's own limit for callId. */
const MAX_CALL_ID = 250;
const MAX_NAME = 100;
const MAX_NUMBER = 64;

/**
 * Digits with +, separators, * and #, optionally as a sip:/tel: URI; or a withheld caller. One character
 * class, no nested or adjacent quantifiers over it: linear, where "[…]*\d[…]*" was quadratic on long input.
 */
const CALLER_NUMBER = /^(?:(?:sips?|tel):)?\+?[\d\s().*#-]+(?:@[\w.:-]+)?$/i;
const HAS_DIGIT = /\d/;
const WITHHELD = /^(?:anonymous|unknown|private|restricted)$/i;

/** The length is checked first: no pattern ever runs over more than MAX_NUMBER characters. */
export function looksLikeCallerNumber(text: string): boolean {
  return text.length <= MAX_NUMBER && CALLER_NUMBER.test(text) && HAS_DIGIT.test(text);
}

const required = (invalidKey: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'cti.errors.missingField' : invalidKey;

const text = (max: number) =>
  z
    .string({ error: required('cti.errors.notText') })
    .trim()
    .min(1, { error: 'cti.errors.missingField' })
    .max(max, { error: 'cti.errors.tooLong' });

const optionalText = (max: number) =>
  z
    .string({ error: 'cti.errors.notText' })
    .trim()
    .max(max, { error: 'cti.errors.tooLong' })
    .optional()
    .transform((value) => (value ? value : null));

const callerNumber = text(MAX_NUMBER).refine((n) => n.length > MAX_NUMBER || WITHHELD.test(n) || looksLikeCallerNumber(n), {
  error: 'cti.errors.invalidNumber',
});

const callId = text(MAX_CALL_ID).regex(/^\S+$/, { error: 'cti.errors.invalidCallId' });

const userName = z.string({ error: 'cti.errors.notText' }).max(MAX_NAME, { error: 'cti.errors.tooLong' });

/**
 * Zammad sends user[] once per agent, or one string that may list several ("user 1,user 2") or be empty
 * (a queue call); JSON senders write "user": "Wang Fang" or "user": ["…", "…"]. Blank names are dropped.
 */
const users = z
  .union([userName, z.array(userName).max(50, { error: 'cti.errors.tooLong' })], { error: 'cti.errors.notText' })
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : value.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  );

const otherParty = z.union([callerNumber, z.literal('')]).optional().default('');

/** Zammad needs from and to only on newCall; answer and hangup may carry just the call id and direction. */
const common = {
  from: otherParty,
  to: otherParty,
  direction: z.enum(CALL_DIRECTIONS, { error: required('cti.errors.invalidDirection') }),
  user: users,
};

/** The fields of Zammad's generic CTI events, one schema per event name. */
const RawCallEvent = z.discriminatedUnion(
  'event',
  [
    z.object({ event: z.literal('newCall'), ...common, from: callerNumber, callId: callId.optional(), queue: optionalText(MAX_NAME) }),
    z.object({ event: z.literal('answer'), ...common, callId, answeringNumber: optionalText(MAX_NAME) }),
    z.object({
      event: z.literal('hangup'),
      ...common,
      callId,
      cause: z.enum(HANGUP_CAUSES, { error: 'cti.errors.invalidCause' }).optional().transform((cause) => cause ?? null),
      answeringNumber: optionalText(MAX_NAME),
    }),
  ],
  { error: 'cti.errors.unknownEvent' },
);

export interface ParseOptions {
  source: CallEventSource;
  /** The HTTP endpoint requires Zammad's callId on every event; a URL or argv may lack one on a new call. */
  callIdRequired: boolean;
}

/** Validates a Zammad-shaped object (from JSON, form fields or URL query) and turns it into a CallEvent. */
export function toCallEvent(raw: unknown, options: ParseOptions): CallEvent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CtiParseError('cti.errors.notAnObject');
  const parsed = RawCallEvent.safeParse(zammadSpelling(raw as Record<string, unknown>));
  if (!parsed.success) throw fromZodError(parsed.error);
  const e = parsed.data;
  const base = { direction: e.direction, from: e.from, to: e.to, users: e.user, source: options.source };
  switch (e.event) {
    case 'newCall':
      if (options.callIdRequired && e.callId === undefined) throw new CtiParseError('cti.errors.missingField', 'callId');
      return { kind: 'incoming', ...base, callId: e.callId ?? null, queue: e.queue };
    case 'answer':
      return { kind: 'answered', ...base, callId: e.callId, answeringNumber: e.answeringNumber };
    case 'hangup':
      return { kind: 'hungUp', ...base, callId: e.callId, cause: e.cause, answeringNumber: e.answeringNumber };
  }
}

/**
 * Zammad reads the call id as callId or call_id (its own request tests send call_id), and form senders
 * write the agent list as user[]: both are taken as the names the schema uses.
 */
function zammadSpelling(fields: Record<string, unknown>): Record<string, unknown> {
  const spelled = { ...fields };
  if (spelled.callId === undefined && spelled.call_id !== undefined) spelled.callId = spelled.call_id;
  if (spelled.user === undefined && spelled['user[]'] !== undefined) spelled.user = spelled['user[]'];
  delete spelled.call_id;
  delete spelled['user[]'];
  return spelled;
}

/** The first problem is enough for a softphone log; it names the field. */
function fromZodError(error: z.ZodError): CtiParseError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || null;
  const key = issue && isCtiErrorKey(issue.message) ? issue.message : 'cti.errors.notAnObject';
  return new CtiParseError(key, field === '' ? null : field);
}
