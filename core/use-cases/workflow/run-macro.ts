import type { ParsedInput } from '../../../shared/api/contract';
import type { MacroRunOutcome } from '../../../shared/api/assignment';
import type { Actor } from '../../../shared/domain/actor';
import { localDay } from '../../../shared/domain/reports/team-time';
import { runMacro } from '../../../shared/sync/run-macro';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutators';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { cachedOrgSettings } from '../../services/org-settings-cache';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { applyMutation } from './apply-mutation';

/**
 * Runs an organisation macro on each complaint: first on a copy through the registry (runMacro), so a
 * refused step stops the macro on that complaint before anything is written; then each step through
 * applyMutation with the very arguments the copy ran (its own transaction, timeline entry and outbox
 * mutation, checked by the server like the step on its own). A macro can never do what its steps could not.
 */
export function runMacroOnComplaints(ctx: DeskContext, actor: Actor, input: ParsedInput<'macros.run'>): { outcomes: MacroRunOutcome[] } {
  const macro = cachedOrgSettings(ctx)?.macros?.find((m) => m.id === input.macroId);
  if (!macro) throw DeskError.of('not_found', 'macros.errors.unknownMacro');
  const outcomes = input.complaints.map(({ id, baseVersion }): MacroRunOutcome => {
    let step: number | null = null;
    try {
      const complaint = loadComplaintFor(ctx.db, id, actor);
      if (complaint.version !== baseVersion) throw DeskError.of('refused', 'errors.staleComplaint');
      const now = ctx.clock();
      const planned = runMacro(macro, complaint, actor, now, { eventId: () => ctx.newId(), language: input.language, today: localDay(now) });
      if ('refusal' in planned) {
        return { id, ok: false, step: planned.step, messageKey: planned.refusal.messageKey, ...(planned.refusal.params ? { params: planned.refusal.params } : {}) };
      }
      let version = complaint.version;
      for (const [index, m] of planned.mutations.entries()) {
        step = index;
        version = applyMutation(ctx, actor, m.name as Exclude<MutationName, 'complaint.create'>, m.args as MutationArgs<Exclude<MutationName, 'complaint.create'>>).version;
      }
      return { id, ok: true, version };
    } catch (error) {
      if (!(error instanceof DeskError)) throw error;
      return { id, ok: false, step, messageKey: error.body.messageKey, ...(error.body.params ? { params: error.body.params } : {}) };
    }
  });
  return { outcomes };
}
