import type { Actor } from '../../shared/domain/actor';
import { complaintIdOf, isMutationName } from '../../shared/sync/mutators';
import type { PullResponse, PutChange } from '../../shared/sync/protocol';
import { PutChangeSchema } from '../../shared/sync/protocol';
import { SNAPSHOT_BATCH, SnapshotBeginSchema, SnapshotEndSchema, SnapshotOwnDoneSchema, type SnapshotBegin } from '../../shared/sync/snapshot';
import { deletePulledCalls } from '../../db/repositories/calls';
import { findComplaint, heldComplaintIds } from '../../db/repositories/complaints';
import { deskPlacement, deskReach } from '../../shared/domain/visibility/desk-reach';
import { foldEmployeeNo, inReach, type Reach } from '../../shared/domain/visibility/visibility-rule';
import { pendingMutationsOf } from '../../db/repositories/outbox';
import { purgeComplaints } from '../../db/repositories/retention';
import { peoplePullingOnDesk, pullPosition, savePullPosition } from '../../db/repositories/server-state';
import type { DeskContext } from '../context';
import { recordServerState } from '../record-change';
import { deskClientUuid } from '../server-link/client-id';
import { applyPullPage } from './apply-page';
import type { SyncTransport } from './transport';

/** Where a first sync stands: complaints applied of those the snapshot sends, and whether the person's own are all in. */
export interface FirstSyncProgress {
  done: number;
  total: number;
  ownApplied: boolean;
}

/** The snapshot's answer was not what the protocol says (a broken or foreign answer): the round fails and is tried again. */
export class SnapshotBroken extends Error {
  constructor(what: string) {
    super(`sync snapshot: ${what}`);
    this.name = 'SnapshotBroken';
  }
}

/** The desk stopped syncing (closing, or its person signed out) while a snapshot streamed: what was applied stays, the cursor stays at 0. */
export class SnapshotStopped extends Error {
  constructor() {
    super('sync snapshot stopped');
    this.name = 'SnapshotStopped';
  }
}

function parseLine(text: string): { kind: string; value: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SnapshotBroken('a line is not JSON');
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string') throw new SnapshotBroken('a line without its kind');
  return { kind, value };
}

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new SnapshotBroken(`a malformed ${what} line`);
  return result.data;
}

/**
 * The first sync of a person on this desk (cursor 0: never synced, or told to start over): every
 * complaint they may see arrives as one streamed snapshot, applied in large transactions as it arrives —
 * their own and assigned ones first, committed on their own so their queue shows while the rest streams.
 * Each batch is applied as a pull page is (the person's pending mutations replayed on top, the search
 * index following) while the stored cursor stays at 0; only the snapshot's last line moves it to the
 * snapshot's cursor, in one transaction that also drops the complaints a desk starting over still held
 * but may no longer see. A stream that breaks before its end leaves the cursor at 0: the next round asks
 * for a snapshot again, and what was applied is simply replaced. Answers the snapshot's first line.
 */
export async function syncFromSnapshot(
  ctx: DeskContext,
  actor: Actor,
  transport: Required<Pick<SyncTransport, 'snapshot'>>,
  progress: (p: FirstSyncProgress) => void = () => {},
  stopped: () => boolean = () => false,
): Promise<SnapshotBegin> {
  const source = await transport.snapshot({ clientId: deskClientUuid(ctx.db, actor.id) });
  const lines = (async function* () {
    yield* source;
  })();
  const first = await lines.next();
  if (first.done) throw new SnapshotBroken('no first line');
  const begin = parsed(SnapshotBeginSchema, parseLine(first.value).value, 'begin');
  const received = new Set<string>();
  let batch: PutChange[] = [];
  let ownApplied = begin.own === 0;
  const flush = () => {
    if (batch.length === 0) return;
    applyPullPage(ctx, actor, pageOf(batch, begin, pullPosition(ctx.db, actor.id).cursor), ctx.clock());
    batch = [];
  };
  progress({ done: 0, total: begin.total, ownApplied });
  for (;;) {
    if (stopped()) {
      await lines.return(undefined);
      throw new SnapshotStopped();
    }
    const next = await lines.next();
    if (next.done) throw new SnapshotBroken(`ended after ${received.size} of ${begin.total} complaints`);
    const line = parseLine(next.value);
    if (line.kind === 'put') {
      const change = parsed(PutChangeSchema, line.value, 'put');
      received.add(change.complaint.id);
      batch.push(change);
      if (batch.length >= SNAPSHOT_BATCH) {
        flush();
        progress({ done: received.size, total: begin.total, ownApplied });
      }
    } else if (line.kind === 'ownDone') {
      parsed(SnapshotOwnDoneSchema, line.value, 'ownDone');
      flush();
      ownApplied = true;
      progress({ done: received.size, total: begin.total, ownApplied });
    } else if (line.kind === 'end') {
      const end = parsed(SnapshotEndSchema, line.value, 'end');
      if (end.count !== received.size) throw new SnapshotBroken(`the end counts ${end.count} complaints, ${received.size} arrived`);
      flush();
      break;
    } else throw new SnapshotBroken(`an unknown line kind ${line.kind}`);
  }
  await lines.return(undefined);
  finish(ctx, actor, begin, received);
  progress({ done: received.size, total: begin.total, ownApplied: true });
  return begin;
}

/** A batch as a pull page that leaves the stored cursor where it is; the person's rejections come with the pull that follows. */
const pageOf = (changes: PutChange[], begin: SnapshotBegin, cursor: number): PullResponse => ({
  changes,
  cursor,
  hasMore: true,
  highWater: begin.cursor,
  lastMutationId: begin.lastMutationId,
  rejections: [],
  serverTime: begin.serverTime,
});

/**
 * The snapshot is all in: the complaints this desk held within its person's reach that it did not bring
 * go (a desk starting over still holds what left their view since; those of another person of the desk,
 * out of this one's reach, stay) unless a change of the person's is still waiting on them, and the cursor
 * moves to the snapshot's, in one transaction. A lead's reach on a desk is everything it holds (the desk keeps
 * no team), so what another person pulling on this desk took or is assigned stays too: their cursor is past it
 * and would never bring it back.
 */
function finish(ctx: DeskContext, actor: Actor, begin: SnapshotBegin, received: ReadonlySet<string>): void {
  recordServerState(ctx, (tx) => {
    const waiting = new Set(
      pendingMutationsOf(tx, actor.id, 0, Number.MAX_SAFE_INTEGER).flatMap((m) => (isMutationName(m.name) ? [complaintIdOf(m.name, m.args)] : [])),
    );
    const reach = deskReach(actor);
    const others: Reach[] = peoplePullingOnDesk(tx)
      .filter((id) => foldEmployeeNo(id) !== foldEmployeeNo(actor.id))
      .map((employeeNo) => ({ kind: 'person', employeeNo }));
    const gone = heldComplaintIds(tx).filter((id) => {
      if (received.has(id) || waiting.has(id)) return false;
      const held = findComplaint(tx, id);
      if (held === null) return false;
      const place = deskPlacement(held);
      return inReach(reach, place) && !others.some((other) => inReach(other, place));
    });
    deletePulledCalls(tx, gone);
    purgeComplaints(tx, gone);
    savePullPosition(tx, actor.id, { ...pullPosition(tx, actor.id), cursor: begin.cursor });
    return gone;
  });
}
