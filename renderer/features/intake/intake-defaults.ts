import dayjs from 'dayjs';
import type { IntakeInput } from '../../../shared/domain/intake';

/** A blank intake: the call started now, by phone. */
export function blankIntake(now = dayjs()): IntakeInput {
  return {
    callTime: now.format(),
    customerName: '',
    contactPhone: '',
    policyNumber: '',
    complaintType: undefined as unknown as IntakeInput['complaintType'],
    complaintSubtype: undefined as unknown as IntakeInput['complaintSubtype'],
    description: '',
    demand: '',
    channel: 'phone',
    initialJudgement: '',
  };
}
