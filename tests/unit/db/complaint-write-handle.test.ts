import { describe, expect, it } from 'vitest';
import type { DeskContext } from '../../../core/context';
import { inComplaintTransaction } from '../../../db/complaint-transaction';
import type { ReadableDB, WritableDB } from '../../../db/handles';
import { appendEvents } from '../../../db/repositories/complaint-events';
import { findComplaint, insertComplaint, updateComplaint } from '../../../db/repositories/complaints';
import { upsertDraft } from '../../../db/repositories/drafts';
import { appendMutation, pendingMutations } from '../../../db/repositories/outbox';
import type { Complaint } from '../../../shared/domain/complaint';

/**
 * Compiled by `npm run typecheck`, never run: each line marked @ts-expect-error is a write around
 * core/record-change.ts that tsc must refuse. Should one start to compile, tsc fails on the unused mark.
 */
function aUseCaseWritingAroundRecordChange(ctx: DeskContext, complaint: Complaint) {
  // @ts-expect-error the desk's connection cannot insert a complaint row
  insertComplaint(ctx.db, complaint);
  // @ts-expect-error nor update one
  updateComplaint(ctx.db, complaint, 1);
  // @ts-expect-error nor append timeline events
  appendEvents(ctx.db, []);
  // @ts-expect-error nor queue an outbox mutation
  appendMutation(ctx.db, { opId: 'x', name: 'complaint.advance', args: {}, baseVersions: {}, createdAt: '', actorId: '' });
  // Reading and desk-local writes are what a use case may do with it.
  findComplaint(ctx.db, complaint.id);
  pendingMutations(ctx.db);
  upsertDraft(ctx.db, { id: 'd', ownerId: 'A1001', form: 'intake', payload: {}, callId: null, at: '' });
}

function aReaderTryingToWrite(db: ReadableDB) {
  // @ts-expect-error a readable handle takes no desk-local writes either
  upsertDraft(db, { id: 'd', ownerId: 'A1001', form: 'intake', payload: {}, callId: null, at: '' });
  // @ts-expect-error nor opens the complaint transaction
  inComplaintTransaction(db, () => undefined);
}

function theOneTransaction(db: WritableDB, complaint: Complaint) {
  inComplaintTransaction(db, (tx) => insertComplaint(tx, complaint));
}

describe('the database handles', () => {
  it('are types only: the checks above are made by tsc', () => {
    expect([aUseCaseWritingAroundRecordChange, aReaderTryingToWrite, theOneTransaction].every((f) => typeof f === 'function')).toBe(true);
  });
});
