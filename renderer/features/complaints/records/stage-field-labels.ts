import type { Stage } from '../../../../shared/domain/stages';
import type { StageData } from '../../../../shared/domain/workflow/stage-data';

/** Every field path of a stage's data, nested objects spelled with dots (lists are one field). */
type FieldPaths<T> = {
  [K in keyof T & string]: NonNullable<T[K]> extends readonly unknown[]
    ? K
    : NonNullable<T[K]> extends object
      ? `${K}.${FieldPaths<NonNullable<T[K]>>}`
      : K;
}[keyof T & string];

export type StageFieldPath<S extends Stage> = FieldPaths<StageData<S>>;

/**
 * The label of a nested field whose name is not its label (workflow.fields.<stage>.<label>). Keyed
 * by the schemas' own paths: renaming a field in shared/domain breaks the build here, and
 * tests/unit/renderer/stage-record-format.test.ts checks every path of every schema has a label.
 */
const LABEL_OF: { [S in Stage]: Partial<Record<StageFieldPath<S>, string>> } = {
  intake: {},
  registration: {
    'policy.policyNumber': 'policyNumber',
    'policy.productName': 'productName',
    'policy.policyHolder': 'policyHolder',
  },
  analysis: {
    'companyResponsibility.level': 'responsibilityLevel',
    'companyResponsibility.areas': 'responsibilityAreas',
    'companyResponsibility.explanation': 'responsibilityExplanation',
    'externalFactors.kinds': 'externalFactorKinds',
    'externalFactors.explanation': 'externalFactors',
  },
  solution: {
    'feasibility.assessment': 'feasibility',
    'feasibility.risks': 'risks',
    'customerConfirmation.confirmed': 'customerConfirmation',
    'customerConfirmation.at': 'confirmedAt',
    'customerConfirmation.method': 'confirmationMethod',
  },
  execution: {
    'effectEvaluation.problemSolved': 'problemSolved',
    'effectEvaluation.evaluation': 'effectEvaluation',
  },
  feedback: {
    'resultTold.at': 'resultToldAt',
    'resultTold.method': 'resultToldMethod',
    'resultTold.content': 'resultContent',
  },
  closure: {},
};

/** The i18n key of a stage field's label, from its path in the stage's data. */
export function stageFieldLabelKey(stage: Stage, path: string): string {
  const labels = LABEL_OF[stage] as Record<string, string | undefined>;
  return `workflow.fields.${stage}.${labels[path] ?? path.split('.').at(-1)}`;
}
