import type { Stage } from '../stages';
import { STAGE_DATA_SCHEMAS } from './stage-data';

/**
 * The seven-stage state machine as data. `advance` completes the current stage with its data and
 * moves to `to`; completing closure closes the complaint. The other ways out of a stage are a
 * refused solution (feedback → solution) and a withdrawal (any open stage → ended).
 */
export interface Transition {
  from: Stage;
  /** The next stage, or 'closed' when completing the last one. */
  to: Stage | 'closed';
  /** The fields the data completing `from` must hold (the stage's schema names them). */
  requires: readonly string[];
}

const NEXT_STAGE = {
  intake: 'registration',
  registration: 'analysis',
  analysis: 'solution',
  solution: 'execution',
  execution: 'feedback',
  feedback: 'closure',
  closure: 'closed',
} as const satisfies Record<Stage, Stage | 'closed'>;

function requiredFields(stage: Stage): string[] {
  const shape = STAGE_DATA_SCHEMAS[stage].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  // A field that accepts undefined (optional or defaulted) is not required.
  return Object.entries(shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([field]) => field);
}

export const TRANSITIONS: readonly Transition[] = (Object.keys(NEXT_STAGE) as Stage[]).map((from) => ({
  from,
  to: NEXT_STAGE[from],
  requires: requiredFields(from),
}));

export function transitionFrom(stage: Stage): Transition {
  const transition = TRANSITIONS.find((t) => t.from === stage);
  if (!transition) throw new Error(`[workflow] no transition from ${stage}`);
  return transition;
}

/** The loop of the course's feedback step: a customer who does not accept the solution sends it back. */
export const SOLUTION_REFUSAL = { from: 'feedback', to: 'solution' } as const satisfies { from: Stage; to: Stage };

