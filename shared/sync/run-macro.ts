import type { Actor } from '../domain/actor';
import type { Complaint, TimelineEvent } from '../domain/complaint';
import { fillTemplate } from '../domain/templates/fill-template';
import type { TemplateLanguage } from '../domain/templates/reply-templates';
import type { Macro, MacroStep } from '../domain/macros/macro';
import { isRefusal, type Refusal } from '../domain/refusal';
import type { MutationName } from './mutators';
import { runMutation } from './run-mutation';

/** One step as the mutation it is: the registry's name and arguments (with its generated event id). */
export interface StepMutation {
  name: MutationName;
  args: Record<string, unknown>;
}

/** A step's mutation on this complaint: a note's template is filled from the complaint (in the runner's language). */
export function stepMutation(step: MacroStep, complaint: Complaint, eventId: string, actor: Actor, language: TemplateLanguage, today: string): StepMutation {
  const on = { complaintId: complaint.id, eventId };
  switch (step.kind) {
    case 'setComplexity':
      return { name: 'complaint.setComplexity', args: { ...on, complexity: step.complexity } };
    case 'assign':
      return { name: 'complaint.assign', args: { ...on, assignee: { id: step.employeeNo, name: step.name } } };
    case 'advance':
      return { name: 'complaint.advance', args: { ...on, stage: step.stage, data: step.data } };
    case 'addNote': {
      const values = { customerName: complaint.intake.customerName, complaintNumber: complaint.number, policyNumber: complaint.intake.policyNumber, agentName: actor.name, today };
      return { name: 'complaint.addNote', args: { ...on, text: fillTemplate(step.text, values, language).text } };
    }
  }
}

export type MacroOutcome =
  | { complaint: Complaint; events: TimelineEvent[]; mutations: StepMutation[] }
  /** Step `step` (0-based) was refused: nothing of the macro applies to this complaint. */
  | { refusal: Refusal; step: number };

/**
 * Runs a macro's steps in order on one complaint, each through the mutation registry (the same command and
 * refusal rules as the step on its own), each on the state the step before left. The first refused step
 * stops the macro with that refusal; otherwise the result is the steps' results one after another.
 */
export function runMacro(
  macro: Pick<Macro, 'steps'>,
  complaint: Complaint,
  actor: Actor,
  now: Date,
  options: { eventId: () => string; language: TemplateLanguage; today: string },
): MacroOutcome {
  let state = complaint;
  const events: TimelineEvent[] = [];
  const mutations: StepMutation[] = [];
  for (const [index, step] of macro.steps.entries()) {
    const mutation = stepMutation(step, state, options.eventId(), actor, options.language, options.today);
    const result = runMutation(mutation.name, mutation.args, state, actor, now);
    if (isRefusal(result)) return { refusal: result, step: index };
    state = result.complaint;
    events.push(...result.events);
    mutations.push(mutation);
  }
  return { complaint: state, events, mutations };
}
