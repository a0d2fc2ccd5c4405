import { z } from 'zod';
import { BilingualNameSchema } from '../assignment/assignment-rules';
import { STAGES, type Stage } from '../stages';
import { TRANSITIONS } from '../workflow/transitions';
import { NOTE_TEXT_MAX } from '../workflow/notes';
import { SETTABLE_COMPLEXITIES } from '../workflow/complexity';
import { EMPLOYEE_NO_PATTERN } from '../fields';

/**
 * One step of a macro: an existing command with its arguments fixed by the admin. A note's text is a
 * template ({{customerName}}, {{complaintNumber}} … filled for each complaint); advance completes the stage
 * `stage` with `data`, and is refused, like the command, on a complaint at another stage.
 */
export const MacroStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('setComplexity'), complexity: z.enum(SETTABLE_COMPLEXITIES) }).strict(),
  z.object({ kind: z.literal('addNote'), text: z.string().trim().min(1, { error: 'macros.validation.noteRequired' }).max(NOTE_TEXT_MAX) }).strict(),
  z.object({ kind: z.literal('assign'), employeeNo: z.string().regex(EMPLOYEE_NO_PATTERN, { error: 'macros.validation.employeeNo' }), name: z.string().trim().min(1).max(50) }).strict(),
  z.object({ kind: z.literal('advance'), stage: z.enum(STAGES), data: z.record(z.string(), z.unknown()) }).strict(),
]);
export type MacroStep = z.infer<typeof MacroStepSchema>;
export const MACRO_STEP_KINDS = ['setComplexity', 'addNote', 'assign', 'advance'] as const satisfies readonly MacroStep['kind'][];

/**
 * The stages an admin's advance step can complete: those whose completion needs no data of the complaint's own
 * (today 受理 → 登记). Completing another stage needs what only its handler knows (the policy, the analysis …),
 * so the macro editor offers only these; a step for another stage, sent anyway, is refused by the command.
 */
export const MACRO_ADVANCE_STAGES: readonly Stage[] = TRANSITIONS.filter((t) => t.requires.length === 0).map((t) => t.from);

/** A named sequence of commands, run as one action; org-wide, named in both languages. */
export const MacroSchema = z
  .object({
    id: z.string().trim().min(1).max(64),
    name: BilingualNameSchema,
    steps: z.array(MacroStepSchema).min(1, { error: 'macros.validation.noSteps' }).max(10, { error: 'macros.validation.tooManySteps' }),
  })
  .strict();
export type Macro = z.infer<typeof MacroSchema>;

export const MacrosSchema = z
  .array(MacroSchema)
  .max(100, { error: 'macros.validation.tooMany' })
  .refine((list) => new Set(list.map((m) => m.id)).size === list.length, { error: 'macros.validation.duplicateId' });
