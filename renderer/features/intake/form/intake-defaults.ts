import dayjs from 'dayjs';
import type { IntakeInput } from '../../../../shared/domain/intake';

/** A blank intake: the call started now, by phone. */
export function blankIntake(now = dayjs()): IntakeInput {
  return {
    callTime: now.format(),
    customerName: '',
    contactPhone: '',
    policyNumber: '',
    idNumber: '',
    complaintType: undefined as unknown as IntakeInput['complaintType'],
    complaintSubtype: undefined as unknown as IntakeInput['complaintSubtype'],
    description: '',
    demand: '',
    channel: 'phone',
    initialJudgement: '',
  };
}

/**
 * "No subtype chosen" after the type changed. null, not undefined: react-hook-form reads an undefined
 * value as "the default", so a restored draft's old subtype would stay in the box while the form held
 * nothing, and picking that subtype again changed nothing (issue 10, defect 4).
 */
export const NO_SUBTYPE = null as unknown as IntakeInput['complaintSubtype'];
