import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import type { Draft } from '../../shared/api/drafts';

interface DraftRow {
  id: string;
  owner_id: string;
  form: Draft['form'];
  payload: string;
  call_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftWrite {
  id: string;
  ownerId: string;
  form: Draft['form'];
  payload: Record<string, unknown>;
  callId: string | null;
  at: string;
}

function toDraft(r: DraftRow): Draft {
  return {
    id: r.id,
    form: r.form,
    payload: JSON.parse(r.payload),
    callId: r.call_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Creates the draft or overwrites its payload. Another agent's draft with the same id is left alone
 * (returns false): an id is only ever reused by the form that made it.
 */
export function upsertDraft(db: WritableDB, draft: DraftWrite): boolean {
  const result = statement(db, 
      `INSERT INTO drafts (id, owner_id, form, payload, call_id, created_at, updated_at)
       VALUES (@id, @ownerId, @form, @payload, @callId, @at, @at)
       ON CONFLICT (id) DO UPDATE SET payload = excluded.payload,
         call_id = coalesce(excluded.call_id, drafts.call_id), updated_at = excluded.updated_at
       WHERE drafts.owner_id = excluded.owner_id AND drafts.form = excluded.form`,
    )
    .run({ ...draft, payload: JSON.stringify(draft.payload) });
  return result.changes === 1;
}

export function findDraft(db: ReadableDB, id: string, ownerId: string): Draft | null {
  const row = statement(db, 'SELECT * FROM drafts WHERE id = ? AND owner_id = ?').get(id, ownerId) as DraftRow | undefined;
  return row ? toDraft(row) : null;
}

export function listDrafts(db: ReadableDB, ownerId: string, form: Draft['form'], limit = 20): Draft[] {
  const rows = statement(db, 'SELECT * FROM drafts WHERE owner_id = ? AND form = ? ORDER BY updated_at DESC, rowid DESC LIMIT ?')
    .all(ownerId, form, limit) as DraftRow[];
  return rows.map(toDraft);
}

/** Returns whether a draft was removed; only its owner's. */
export function deleteDraft(db: WritableDB, id: string, ownerId: string): boolean {
  return statement(db, 'DELETE FROM drafts WHERE id = ? AND owner_id = ?').run(id, ownerId).changes === 1;
}
