import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MACRO_ADVANCE_STAGES, MacroSchema, type MacroStep } from '../../../shared/domain/macros/macro';
import { isRefusal } from '../../../shared/domain/refusal';
import { STAGES } from '../../../shared/domain/stages';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import { runMacro, stepMutation } from '../../../shared/sync/run-macro';
import { runMutation } from '../../../shared/sync/run-mutation';
import { ADMIN, complaintAt, HANDLER, LEAD, NOW, OTHER_AGENT, validStageData } from '../../support/workflow';

/** The stages the workflow fixture can reach (a stage whose data rules are being changed may not be). */
const REACHABLE = STAGES.filter((stage) => {
  try {
    complaintAt(stage);
    return true;
  } catch {
    return false;
  }
});

const OPTIONS = { language: 'zh-CN' as const, today: '2026-11-26' };
const counter = () => {
  let n = 0;
  return () => `e${++n}`;
};

const stepArb: fc.Arbitrary<MacroStep> = fc.oneof(
  fc.constantFrom('standard' as const, 'complex' as const).map((complexity) => ({ kind: 'setComplexity' as const, complexity })),
  fc.constantFrom('已电话回访 {{customerName}}', '编号 {{complaintNumber}} 转交复核', ' ').map((text) => ({ kind: 'addNote' as const, text })),
  fc.constantFrom(HANDLER, OTHER_AGENT, LEAD).map((p) => ({ kind: 'assign' as const, employeeNo: p.id, name: p.name })),
  fc.constantFrom(...STAGES).map((stage) => ({ kind: 'advance' as const, stage, data: validStageData()[stage] as Record<string, unknown> })),
);

/** The steps one by one, as separate actions: each through the registry on the state the one before left. */
function oneByOne(steps: readonly MacroStep[], complaint: Complaint, actor: typeof LEAD) {
  const eventId = counter();
  let state = complaint;
  const events: TimelineEvent[] = [];
  for (const [index, step] of steps.entries()) {
    const m = stepMutation(step, state, eventId(), actor, OPTIONS.language, OPTIONS.today);
    const result = runMutation(m.name, m.args, state, actor, NOW);
    if (isRefusal(result)) return { refusal: result, step: index };
    state = result.complaint;
    events.push(...result.events);
  }
  return { complaint: state, events };
}

describe('macros', () => {
  it("a macro's result equals running its steps one by one; a refused step stops it with that refusal", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(...REACHABLE), fc.constantFrom(HANDLER, OTHER_AGENT, LEAD, ADMIN), (steps, stage, actor) => {
        const complaint = complaintAt(stage);
        const macro = runMacro({ steps }, complaint, actor, NOW, { eventId: counter(), ...OPTIONS });
        const manual = oneByOne(steps, complaint, actor);
        if ('refusal' in manual) {
          expect(macro).toEqual({ refusal: manual.refusal, step: manual.step });
        } else {
          expect('refusal' in macro).toBe(false);
          if (!('refusal' in macro)) {
            expect(macro.complaint).toEqual(manual.complaint);
            expect(macro.events).toEqual(manual.events);
            expect(macro.mutations).toHaveLength(steps.length);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('can never do what its steps could not: an agent not handling the complaint is refused at the first step', () => {
    const complaint = complaintAt('registration');
    const outcome = runMacro({ steps: [{ kind: 'addNote', text: '备注' }, { kind: 'setComplexity', complexity: 'complex' }] }, complaint, OTHER_AGENT, NOW, { eventId: counter(), ...OPTIONS });
    expect(outcome).toMatchObject({ step: 1, refusal: { code: 'not_assignee' } });
  });

  it("offers the admin's advance step only for a stage whose completion needs no data (受理), and runs it like the command", () => {
    expect(MACRO_ADVANCE_STAGES).toEqual(['intake']);
    const accept: MacroStep = { kind: 'advance', stage: 'intake', data: {} };
    const done = runMacro({ steps: [accept, { kind: 'addNote', text: '已受理 {{complaintNumber}}' }] }, complaintAt('intake'), HANDLER, NOW, { eventId: counter(), ...OPTIONS });
    expect('refusal' in done ? null : done.complaint.stage).toBe('registration');
    const later = complaintAt('registration');
    const refused = runMacro({ steps: [{ kind: 'setComplexity', complexity: 'complex' }, accept] }, later, HANDLER, NOW, { eventId: counter(), ...OPTIONS });
    const alone = runMutation('complaint.advance', { complaintId: later.id, eventId: 'x', stage: 'intake', data: {} }, { ...later, complexity: 'complex' }, HANDLER, NOW);
    expect(isRefusal(alone)).toBe(true);
    expect(refused).toEqual({ step: 1, refusal: alone });
  });

  it('fills a note template from the complaint', () => {
    const complaint = complaintAt('registration');
    const outcome = runMacro({ steps: [{ kind: 'addNote', text: '已回访{{customerName}}，编号{{complaintNumber}}' }] }, complaint, HANDLER, NOW, { eventId: counter(), ...OPTIONS });
    expect('refusal' in outcome).toBe(false);
    if (!('refusal' in outcome)) expect(outcome.mutations[0]!.args.text).toBe(`已回访${complaint.intake.customerName}，编号${complaint.number}`);
  });

  it('refuses a macro without steps, with an unknown step or an unknown field', () => {
    const name = { zh: '转复杂', en: 'Mark complex' };
    expect(MacroSchema.safeParse({ id: 'm', name, steps: [{ kind: 'setComplexity', complexity: 'complex' }] }).success).toBe(true);
    expect(MacroSchema.safeParse({ id: 'm', name, steps: [] }).success).toBe(false);
    expect(MacroSchema.safeParse({ id: 'm', name, steps: [{ kind: 'delete' }] }).success).toBe(false);
    expect(MacroSchema.safeParse({ id: 'm', name, steps: [{ kind: 'setComplexity', complexity: 'especiallyComplex' }] }).success).toBe(false);
    expect(MacroSchema.safeParse({ id: 'm', name, steps: [{ kind: 'addNote', text: 'x', extra: 1 }] }).success).toBe(false);
  });
});
