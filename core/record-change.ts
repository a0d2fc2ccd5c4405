import type { Actor } from '../shared/domain/actor';
import type { Complaint, TimelineEvent } from '../shared/domain/complaint';
import type { BranchRef } from '../shared/sync/protocol';
import { inComplaintTransaction } from '../db/complaint-transaction';
import type { ComplaintWriteDB } from '../db/handles';
import { insertComplaint, updateComplaint } from '../db/repositories/complaints';
import { appendEvents } from '../db/repositories/complaint-events';
import { appendMutation } from '../db/repositories/outbox';
import { enqueueForIndexing } from '../db/repositories/search-queue';
import type { DeskContext } from './context';
import { DeskError } from './desk-error';

export interface ComplaintChange {
  complaint: Complaint;
  events: TimelineEvent[];
  /** The complaint's version the command started from; absent for a new complaint. */
  baseVersion?: number;
  /** The command as it goes to the server: a name, its arguments and the per-field versions it was based on. */
  mutation: { name: string; args: unknown; baseVersions: Record<string, number> };
  actor: Actor;
  /** The time the command ran with (read once): stored in the mutation so a replay is identical. */
  at: string;
  /** A new complaint's branch, written with its row: its taker's when the desk knows it, until the server's arrives. */
  branch?: BranchRef | null;
  /** Other desk-local writes that must commit or roll back with the change (e.g. drop the draft, link the call). */
  alsoInTransaction?: (tx: ComplaintWriteDB) => void;
}

/**
 * The only way a complaint changes: its row, its timeline events, its outbox mutation and its place in
 * the search index queue are written in one transaction, so they can never disagree, even after a kill.
 * The desk's indexer (core/search-indexer.ts) writes the index entry right after; until then search
 * finds the complaint from the queue.
 */
export function recordComplaintChange(ctx: DeskContext, change: ComplaintChange): void {
  const { complaint, baseVersion } = change;
  inComplaintTransaction(ctx.db, (tx) => {
    if (baseVersion === undefined) insertComplaint(tx, complaint, change.branch ?? null);
    else if (!updateComplaint(tx, complaint, baseVersion)) throw DeskError.of('refused', 'errors.staleComplaint');
    appendEvents(tx, change.events);
    appendMutation(tx, {
      opId: ctx.newId(),
      name: change.mutation.name,
      args: change.mutation.args,
      baseVersions: change.mutation.baseVersions,
      createdAt: change.at,
      actor: change.actor,
    });
    change.alsoInTransaction?.(tx);
    enqueueForIndexing(tx, [complaint.id]);
  });
  ctx.searchIndexer?.wake();
  ctx.events.emit('complaints.changed', { id: complaint.id });
}

/**
 * The other way complaints change: what the server says (a pull page, its cursor, the acknowledged
 * mutations dropped and the pending ones rebased) is written in one transaction by core/sync. `write`
 * returns the complaints it touched; they are queued for the search index in the same transaction, and
 * the desk's indexer brings their entries up to date (or drops them) after it.
 */
export function recordServerState(ctx: DeskContext, write: (tx: ComplaintWriteDB) => Iterable<string>): void {
  inComplaintTransaction(ctx.db, (tx) => {
    enqueueForIndexing(tx, [...write(tx)]);
  });
  ctx.searchIndexer?.wake();
}
