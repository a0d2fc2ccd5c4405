import type { ActorRef } from '../../../shared/domain/actor';
import type { Draft } from '../../../shared/api/drafts';
import { deleteDraft, findDraft, listDrafts, upsertDraft } from '../../../db/repositories/drafts';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';

export interface DraftSave {
  id: string;
  form: Draft['form'];
  payload: Record<string, unknown>;
  callId: string | null;
}

/**
 * Autosave: one statement, committed with synchronous=FULL, so what the agent typed survives a
 * crash, a kill or a power cut. The payload is stored as given, never validated beyond its size.
 */
export function saveDraft(ctx: DeskContext, owner: ActorRef, draft: DraftSave): Draft {
  const saved = upsertDraft(ctx.db, { ...draft, ownerId: owner.id, at: ctx.clock().toISOString() });
  if (!saved) throw DeskError.of('forbidden', 'drafts.errors.notYours');
  return findDraft(ctx.db, draft.id, owner.id) as Draft;
}

export function latestDrafts(ctx: DeskContext, owner: ActorRef, form: Draft['form']): Draft[] {
  return listDrafts(ctx.db, owner.id, form);
}

export function discardDraft(ctx: DeskContext, owner: ActorRef, id: string): Record<string, never> {
  deleteDraft(ctx.db, id, owner.id);
  return {};
}
