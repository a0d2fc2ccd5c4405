/** The i18n keys of everything that can be wrong with a softphone event. */
export const CTI_ERROR_KEYS = [
  'cti.errors.emptyBody',
  'cti.errors.invalidJson',
  'cti.errors.notAnObject',
  'cti.errors.unknownEvent',
  'cti.errors.missingField',
  'cti.errors.notText',
  'cti.errors.tooLong',
  'cti.errors.invalidNumber',
  'cti.errors.invalidDirection',
  'cti.errors.invalidCause',
  'cti.errors.invalidCallId',
  'cti.errors.invalidUrl',
] as const;
export type CtiErrorKey = (typeof CTI_ERROR_KEYS)[number];

const ENGLISH: Record<CtiErrorKey, (field: string) => string> = {
  'cti.errors.emptyBody': () => 'The request has no body: send the event as JSON or form fields.',
  'cti.errors.invalidJson': () => 'The body is not valid JSON.',
  'cti.errors.notAnObject': () => 'The body must be one JSON object with the event fields.',
  'cti.errors.unknownEvent': () => '"event" must be one of newCall, answer, hangup.',
  'cti.errors.missingField': (field) => `"${field}" is required.`,
  'cti.errors.notText': (field) => `"${field}" must be a string.`,
  'cti.errors.tooLong': (field) => `"${field}" is too long.`,
  'cti.errors.invalidNumber': (field) => `"${field}" is not a phone number (digits, +, separators, or "anonymous").`,
  'cti.errors.invalidDirection': () => '"direction" must be "in" or "out".',
  'cti.errors.invalidCause': () =>
    '"cause" must be one of normalClearing, busy, cancel, noAnswer, congestion, notFound, forwarded.',
  'cti.errors.invalidCallId': () => '"callId" must be 1–250 visible characters without spaces.',
  'cti.errors.invalidUrl': () => 'Expected a URL of the form complaintdesk://call?from=<number>&callId=<id>.',
};

/**
 * A softphone event the desk refuses: an i18n key for the app and a readable English message for
 * the softphone's log (the 4xx body), naming the field at fault.
 */
export class CtiParseError extends Error {
  constructor(
    readonly messageKey: CtiErrorKey,
    readonly field: string | null = null,
  ) {
    super(ENGLISH[messageKey](field ?? ''));
    this.name = 'CtiParseError';
  }

  /** The JSON body of the 400 answer. */
  toBody(): { error: { messageKey: CtiErrorKey; message: string; field: string | null } } {
    return { error: { messageKey: this.messageKey, message: this.message, field: this.field } };
  }
}

export function isCtiErrorKey(key: string): key is CtiErrorKey {
  return (CTI_ERROR_KEYS as readonly string[]).includes(key);
}
