import dayjs from 'dayjs';
import type { Agent } from '../../../../shared/api/session';
import type { Complaint } from '../../../../shared/domain/complaint';
import type { StageDataInput } from '../../../../shared/domain/workflow/stage-data';
import { classify, type Classification } from '../../../../shared/domain/regulatory/classification';
import { SELF_REPRESENTATION } from '../../../../shared/domain/regulatory/representation';

/** "Now" as the stage schemas' moments expect it: with the desk's UTC offset. */
export const nowMoment = () => dayjs().format();
export const today = () => dayjs().format('YYYY-MM-DD');

/**
 * What the intake already knows, so the agent confirms rather than retypes: the reason and line proposed by the
 * organisation's mapping of the subtype (the line once the product is typed), and a person speaking for themselves.
 */
export function registrationDefaults(complaint: Complaint, agent: Agent | null, classification: Classification): StageDataInput<'registration'> {
  const saved = complaint.stages.registration;
  const proposed = classify(
    { complaintType: complaint.intake.complaintType, complaintSubtype: complaint.intake.complaintSubtype, productName: saved?.policy.productName ?? null, reasonCode: null, lineCode: null },
    classification,
  );
  const identity = complaint.intake.idNumber ? { kind: 'resident_id' as const, number: complaint.intake.idNumber } : undefined;
  const representation = { ...SELF_REPRESENTATION, complainant: identity ? { kind: 'person' as const, identity } : SELF_REPRESENTATION.complainant };
  if (saved) return { ...saved, reasonCode: saved.reasonCode ?? proposed.reasonCode, lineCode: saved.lineCode ?? proposed.lineCode, representation: saved.representation ?? representation };
  return {
    policy: { policyNumber: complaint.intake.policyNumber ?? '', productName: '', policyHolder: '' },
    demand: complaint.intake.demand,
    channel: complaint.intake.channel,
    handlerName: agent?.name ?? '',
    handlerEmployeeNo: agent?.id ?? '',
    reasonCode: proposed.reasonCode,
    lineCode: proposed.lineCode,
    representation,
  };
}

export function analysisDefaults(complaint: Complaint): StageDataInput<'analysis'> {
  return (
    complaint.stages.analysis ?? {
      customerDemand: complaint.stages.registration?.demand ?? complaint.intake.demand,
      demandStrength: undefined as never,
      companyResponsibility: { level: undefined as never, areas: [], explanation: '' },
      externalFactors: { kinds: [], explanation: '' },
      rootCause: '',
    }
  );
}

/**
 * A fresh solution form, or after the customer refused one, that plan to rework (the agent changes
 * what the refusal asks for instead of retyping it); the customer's confirmation is asked for again.
 */
export function solutionDefaults(complaint?: Complaint): StageDataInput<'solution'> {
  const refused = complaint?.solutionRefusals.at(-1)?.solution;
  if (refused) return { ...refused, customerConfirmation: { confirmed: false as never, at: nowMoment(), method: refused.customerConfirmation.method } };
  return {
    chosenOption: '',
    steps: [{ description: '', dueDate: today() }],
    feasibility: { assessment: '', risks: '' },
    customerConfirmation: { confirmed: false as never, at: nowMoment(), method: 'phone' },
  };
}

/** The solution's steps become the measures to assign; the agent adds department and person. */
export function executionDefaults(complaint: Complaint): StageDataInput<'execution'> {
  const steps = complaint.stages.solution?.steps ?? [];
  return {
    measures: steps.length ? steps.map((s) => ({ description: s.description, department: '', person: '' })) : [{ description: '', department: '', person: '' }],
    followUps: [{ at: nowMoment(), note: '' }],
    effectEvaluation: { problemSolved: false as never, evaluation: '' },
  };
}

export function feedbackDefaults(): StageDataInput<'feedback'> {
  return {
    receiptConfirmed: false as never,
    resultTold: { at: nowMoment(), method: 'phone', content: '' },
    satisfaction: undefined as never,
    comments: '',
  };
}

export function closureDefaults(): StageDataInput<'closure'> {
  return { resolution: '', lessonsLearned: '', improvementMeasures: [''] };
}
