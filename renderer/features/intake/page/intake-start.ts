import dayjs from 'dayjs';
import type { CallRecord } from '../../../../shared/api/calls';
import type { Draft } from '../../../../shared/api/drafts';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { blankIntake } from '../form/intake-defaults';

/** How an intake form begins: its draft row, the call it is for, and what the fields hold. */
export interface IntakeStart {
  draftId: string;
  callId: string | null;
  values: IntakeInput;
  /** Set when the values came back from an unsaved draft. */
  restored: Draft | null;
}

const newDraftId = () => crypto.randomUUID();

export function blankStart(): IntakeStart {
  return { draftId: newDraftId(), callId: null, values: blankIntake(), restored: null };
}

/** A screen-pop: the caller's number filled in and the call time set to when the phone rang. */
export function callStart(call: CallRecord): IntakeStart {
  const values = { ...blankIntake(), contactPhone: call.numberKey ? call.number : '', callTime: dayjs(call.startedAt).format() };
  return { draftId: newDraftId(), callId: call.id, values, restored: null };
}

/** The draft exactly as typed, over a blank form so fields added since still have their defaults. */
export function draftStart(draft: Draft): IntakeStart {
  return { draftId: draft.id, callId: draft.callId, values: { ...blankIntake(), ...(draft.payload as Partial<IntakeInput>) }, restored: draft };
}
