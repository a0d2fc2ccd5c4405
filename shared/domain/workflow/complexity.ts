import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';

/** What a handler may set directly; especiallyComplex comes only with an approved extension. */
export const SETTABLE_COMPLEXITIES = ['standard', 'complex'] as const;
export const SettableComplexitySchema = z.enum(SETTABLE_COMPLEXITIES, { error: 'validation.complexity.required' });

/** complaint.setComplexity: judge the complaint standard (15 days) or complex (30 days). */
export interface SetComplexityCommand {
  eventId: string;
  complexity: string;
}

export function setComplexity(
  complaint: Complaint,
  command: SetComplexityCommand,
  actor: Actor,
  now: Date,
): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'setComplexity');
  if (refusal) return refusal;
  if (command.complexity === 'especiallyComplex') {
    return refuse('extension_required', 'refusal.complexity.extensionRequired');
  }
  const parsed = SettableComplexitySchema.safeParse(command.complexity);
  if (!parsed.success) return refuse('complexity_invalid', 'validation.complexity.required');
  if (complaint.extension) return refuse('already_extended', 'refusal.complexity.extended');
  if (complaint.complexity === parsed.data) {
    return refuse('complexity_unchanged', 'refusal.complexity.unchanged', { complexity: parsed.data });
  }
  return changeComplaint(complaint, { complexity: parsed.data }, actor, now, {
    eventId: command.eventId,
    kind: 'complexity.changed',
  });
}
