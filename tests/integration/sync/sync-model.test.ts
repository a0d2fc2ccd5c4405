import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import { ATTACHMENT_ADDED_EVENT_KIND, ATTACHMENT_REMOVED_EVENT_KIND } from '../../../shared/domain/attachments/attachment';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import type { CallSnapshot } from '../../../shared/domain/cti/call-snapshot';
import { STAGES } from '../../../shared/domain/stages';
import { MUTATION_NAMES } from '../../../shared/sync/mutators';
import type { FieldConflict, PullRequest, PullResponse, PushRequest, ServerMeta } from '../../../shared/sync/protocol';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import { deskClientUuid } from '../../../core/server-link/client-id';
import { syncOnce } from '../../../core/sync/sync-once';
import type { SyncTransport } from '../../../core/sync/transport';
import { uploadAttachments } from '../../../core/sync/upload-attachments';
import { liveAttachments } from '../../../db/repositories/attachments';
import { callSnapshot, callsOfComplaint } from '../../../db/repositories/calls';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { pendingMutations } from '../../../db/repositories/outbox';
import { complaintsNeedingReview, pullPosition, reviewStateOf } from '../../../db/repositories/server-state';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { makeTestDesk, validIntake } from '../../support/desk';
import { LIE_KINDS, LyingDesk, type ClientOfDesk, type LieKind, type ToldLie } from '../../support/lying-desk';
import { inProcessModelServer, spawnedModelServer, type ModelServer } from '../../support/model-servers';
import { SAMPLE_PDF, SAMPLE_PNG } from '../../support/sample-files';
import { validStageData } from '../../support/workflow';
import type { TestDesk } from '../../support/workflow-desk';

/**
 * Lies the server does not refuse yet (each is told, and asserted, once it leaves this list; tell them
 * anyway with COMPLAINT_DESK_PENDING_LIES=all, or =ownOtherDeskClientId,…, to see where the refusals stand):
 */
const LIES_PENDING: readonly LieKind[] = [
  // the liar's own person's other desk's client id is accepted (a client id is bound to a person, not to one session): that desk's counter moves and its next mutation is skipped.
  'ownOtherDeskClientId',
];
const TRY_PENDING = (process.env.COMPLAINT_DESK_PENDING_LIES ?? '').split(',').filter(Boolean);
const LIES: readonly LieKind[] = LIE_KINDS.filter((k) => !LIES_PENDING.includes(k) || TRY_PENDING.includes('all') || TRY_PENDING.includes(k));

/**
 * Pending check: a desk keeps its own copy of an event it made when the server ran that mutation on another
 * state (a contact edit or a recording reference changed meanwhile by another desk records another "from";
 * the lead's resolution records other values): same ids, kinds and people — compared always — but other
 * content. Require the server's content with COMPLAINT_DESK_TIMELINE_CONTENT=1 once the desk takes the
 * server's copy of its own events.
 */
const TIMELINE_CONTENT = Boolean(process.env.COMPLAINT_DESK_TIMELINE_CONTENT);

/** Desk i is PEOPLE[i]: a lead, an admin and two agents of one team in the first four, so conflicts, reviews and reassignments happen with 3 desks. */
const PEOPLE: Actor[] = [
  { id: 'A1001', name: '王芳', role: 'agent' },
  { id: 'L2001', name: '李强', role: 'lead' },
  { id: 'B2002', name: '赵敏', role: 'agent' },
  { id: 'M3001', name: '陈静', role: 'admin' },
  { id: 'A2001', name: '吴磊', role: 'agent' },
  { id: 'L2002', name: '周杰', role: 'lead' },
  { id: 'A1003', name: '孙丽', role: 'agent' },
  { id: 'A1001', name: '王芳', role: 'agent' },
];
/** Whom complaints are handed to: the desks' people, and people with no desk here (one in another branch). */
const ASSIGNEES = [...PEOPLE.slice(0, 7), { id: 'A2002', name: '郑爽' }, { id: 'A3001', name: '何静' }].map(({ id, name }) => ({ id, name }));
/** The lying desk: a lead (it sees its team's complaints to lie about), from its own client id, claiming to be the admin. */
const LIAR: Actor = { id: 'L2001', name: '李强', role: 'lead' };
const IMPERSONATED: Actor = { id: 'M3001', name: '陈静', role: 'admin' };

/** The demo organisation's teams: whose complaints a lead sees (by the handler: the assignee, else who took it). */
const TEAM_OF: Record<string, string> = {
  A1001: 'L2001', B2002: 'L2001', A1003: 'L2001', L2001: 'L2001',
  A2001: 'L2002', A2002: 'L2002', L2002: 'L2002',
  A3001: 'L3001',
};

/** The model's visibility rule: an agent what they took or handle, a lead their team's (by its handler), an admin all. */
function sees(person: Actor, ownerId: string, assigneeId: string | null): boolean {
  if (person.role === 'admin') return true;
  if (person.role === 'lead') return TEAM_OF[assigneeId ?? ownerId] === person.id;
  return ownerId === person.id || assigneeId === person.id;
}

/** Replays a failure fast-check reported: COMPLAINT_DESK_MODEL_SEED and COMPLAINT_DESK_MODEL_PATH as it printed them. */
const REPLAY = process.env.COMPLAINT_DESK_MODEL_SEED
  ? { seed: Number(process.env.COMPLAINT_DESK_MODEL_SEED), path: process.env.COMPLAINT_DESK_MODEL_PATH, endOnFailure: true }
  : {};
const SOAK = Boolean(process.env.COMPLAINT_DESK_SOAK);
const RUNS = Number(process.env.COMPLAINT_DESK_MODEL_RUNS ?? (SOAK ? 10_000 : 10));
/** The soak's variant with the server in its own process, SIGKILLed mid-round (fewer runs: each restart takes seconds). */
const PROCESS_RUNS = Number(process.env.COMPLAINT_DESK_PROCESS_RUNS ?? 200);

type Fault = 'dropRequest' | 'dropResponse' | 'duplicate' | 'serverError' | 'delay' | 'reorder';
type Fate = 'ok' | Fault | 'killBeforeSend' | 'killAfterCommit';
const FATES: Fate[] = ['ok', 'ok', 'ok', 'dropRequest', 'dropResponse', 'duplicate', 'serverError', 'delay', 'reorder'];
/** Every failure each run must inject (besides what the seed picks): the network's faults and both kills. */
const GUARANTEED: Fate[] = ['dropRequest', 'dropResponse', 'duplicate', 'serverError', 'delay', 'reorder', 'killBeforeSend', 'killAfterCommit'];

/** What the nemesis shares across desks: requests it held back (delivered later, out of order), and the faults this run still owes. */
interface Network {
  late: (() => Promise<unknown>)[];
  owed: Fate[];
}

/** A crash during a round: at the n-th request, before the server sees it or after it committed. */
interface Kill {
  atCall: number;
  afterCommit: boolean;
}

/**
 * The network between a desk and the server, failing as the seed says: lost before or after the server
 * commits, sent twice, late, held back and delivered after later requests (reorder), a 5xx — or the desk
 * dies with the request in flight. `count` tallies each injected failure.
 */
function nemesis(real: SyncTransport, random: () => number, network: Network, requestedCursors: number[], count: (what: string) => void, kill?: Kill, onKill?: () => void): SyncTransport {
  let calls = 0;
  const die = async <Q, A>(send: (q: Q) => Promise<A>, request: Q, afterCommit: boolean): Promise<never> => {
    if (afterCommit) await send(request);
    onKill?.();
    count(afterCommit ? 'killAfterCommit' : 'killBeforeSend');
    throw new Error('desk killed with the request in flight');
  };
  const through = async <Q, A>(send: (q: Q) => Promise<A>, request: Q): Promise<A> => {
    calls += 1;
    if (kill && calls === kill.atCall) return die(send, request, kill.afterCommit);
    // The faults the run still owes come first (a kill only where the caller can restart the desk).
    const owedAt = network.owed.findIndex((f) => onKill || (f !== 'killBeforeSend' && f !== 'killAfterCommit'));
    const fate = owedAt >= 0 ? network.owed.splice(owedAt, 1)[0]! : FATES[Math.floor(random() * FATES.length)]!;
    if (fate === 'killBeforeSend' || fate === 'killAfterCommit') return die(send, request, fate === 'killAfterCommit');
    count(fate);
    if (fate === 'dropRequest') throw new Error('request lost');
    if (fate === 'serverError') throw new Error('503 from the proxy');
    if (fate === 'reorder') {
      network.late.push(() => send(request));
      throw new Error('request held back by the network');
    }
    if (fate === 'delay') await new Promise((r) => setTimeout(r, 1 + Math.floor(random() * 5)));
    const answer = await send(request);
    if (fate === 'dropResponse') throw new Error('response lost after commit');
    if (fate === 'duplicate') return send(request);
    return answer;
  };
  return {
    push: (request: PushRequest) => through((q) => real.push(q), request),
    pull: async (request: PullRequest) => {
      requestedCursors.push(request.cursor);
      const page = (await through((q) => real.pull(q), request)) as PullResponse;
      for (const change of page.changes) if (change.kind === 'remove') count('pulledRemove');
      return page;
    },
  };
}

/** Held-back requests finally arrive, newest first; their answers go nowhere. */
async function deliverLate(network: Network): Promise<void> {
  const held = network.late.splice(0).reverse();
  for (const send of held) await send().catch(() => undefined);
}

/** What an honest desk does: every mutation kind of the registry through the desk's use cases, plus the nemesis's and the liar's moves. */
const WORK = [
  'create', 'createWithCall', 'note', 'complexity', 'advance', 'refuseSolution', 'withdraw', 'assign', 'reassign', 'extendDeadline',
  'setRecordingRef', 'letter', 'attach', 'removeAttachment', 'linkCall', 'contact', 'conflict', 'resolveReview', 'clockStop', 'firstContact',
  'reviewRequest', 'returnVisit', 'quality',
] as const;
type ActionKind = (typeof WORK)[number] | 'sync' | 'syncAll' | 'offline' | 'kill' | 'late' | 'lie' | 'serverKill';
type Action = { kind: ActionKind; desk: number; pick: number };

/** Each run starts with every kind of work, once, on desks the seed picks (the generated actions follow). */
const COVERAGE: ActionKind[] = [
  'create', 'createWithCall', 'create', 'syncAll', 'note', 'complexity', 'advance', 'setRecordingRef', 'letter', 'attach', 'syncAll',
  'removeAttachment', 'linkCall', 'contact', 'extendDeadline', 'refuseSolution', 'syncAll', 'assign', 'syncAll', 'reassign',
  'conflict', 'syncAll', 'resolveReview', 'clockStop', 'syncAll', 'firstContact', 'reviewRequest', 'returnVisit', 'quality', 'withdraw', 'syncAll',
];

interface DeskSlot {
  person: Actor;
  desk: TestDesk;
  /** Removes the desk's directory at the end (the first desk made it; restarts reuse it). */
  cleanup: () => void;
  clientId: string;
  token: string;
  offline: boolean;
  storedCursors: number[];
  requestedCursors: number[];
}

/** Everything one person may see on the server, pulled from the start. */
interface ServerView {
  complaints: Map<string, Complaint>;
  events: Map<string, TimelineEvent[]>;
  meta: Map<string, ServerMeta>;
  calls: Map<string, CallSnapshot[]>;
}

/** Tallies over every run of one test: injected faults, work done (ok/refused on the desk), mutations applied on the server, lies told. */
interface Tally {
  injected: Record<string, number>;
  work: Record<string, { ok: number; refused: number }>;
  applied: Record<string, number>;
  lies: Record<string, number>;
  /** How the server answered each lie's mutations: rejected with which code, applied (a corrected time, a hash claim), or the HTTP statuses. */
  lieOutcomes: Record<string, number>;
  serverKills: number;
  /** Kills that came while desks' requests were still in flight. */
  serverKillsMidRound: number;
}
const newTally = (): Tally => ({ injected: {}, work: {}, applied: {}, lies: {}, lieOutcomes: {}, serverKills: 0, serverKillsMidRound: 0 });

/** The fixtures' moment (the stage data's dates, the intake's call time a day before it). */
const NOW = new Date('2026-11-26T02:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/**
 * The fixtures' dates moved by whole days, so they stand to `now` as they stand to NOW (a server in its own
 * process runs on the real clock; honest desks keep time with it).
 */
function shiftedDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  const text = JSON.stringify(value).replace(/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?/g, (m, time: string | undefined, _ms: unknown, zone: string | undefined) => {
    if (!time) return new Date(Date.parse(`${m}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    const moved = new Date(Date.parse(m) + days * DAY).toISOString();
    // Keep the zone as written (+08:00 in the fixtures): the same wall time, days later.
    if (zone === 'Z' || !zone) return moved;
    const offset = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
    return `${new Date(Date.parse(moved) + offset).toISOString().slice(0, 19)}${zone}`;
  });
  return JSON.parse(text) as T;
}
/** What a timeline event is, besides what it recorded: which, of what kind, by whom. */
const eventKey = (e: TimelineEvent) => ({ id: e.id, complaintId: e.complaintId, kind: e.kind, actor: e.actor });
const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/**
 * One run of the model against `server`: 3–8 desks (real SQLite files, the real sync client) and the
 * lying desk, the generated actions after the coverage prelude, then settling; afterwards every check.
 */
async function runModel(server: ModelServer, clock: () => Date, tally: Tally, runNo: number, deskCount: number, actions: Action[], seed: number, serverKills: boolean): Promise<void> {
  // Each run starts from an empty feed, as on a fresh server (the append-only audit and the clients stay: op ids and client ids are new each run).
  await server.db.query('DELETE FROM sync_calls; DELETE FROM sync_events; DELETE FROM sync_removals; DELETE FROM sync_complaints; DELETE FROM sync_rejections');
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const shuffled = <T>(list: readonly T[]) => list.map((x) => [random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  const network: Network = { late: [], owed: shuffled(GUARANTEED) };
  const count = (what: string) => void (tally.injected[what] = (tally.injected[what] ?? 0) + 1);
  const worked = (kind: string, ok: boolean) => {
    const entry = (tally.work[kind] ??= { ok: 0, refused: 0 });
    if (ok) entry.ok += 1;
    else entry.refused += 1;
  };

  // Honest desks keep the server's time (a desk whose clock is off is the clock rule's own test); the fixtures move with it.
  const days = Math.floor((clock().getTime() - NOW.getTime()) / DAY);
  const data = shiftedDates(validStageData(), days);
  const intake = () => shiftedDates(validIntake(), days);
  const at = (iso: string) => shiftedDates(iso, days);
  const slots: DeskSlot[] = [];
  const tick = () => {
    for (const s of slots) s.desk.setNow(clock());
  };
  for (let i = 0; i < deskCount; i++) {
    const person = PEOPLE[i]!;
    const desk = makeTestDesk({ agent: person, now: clock(), key: TEST_DATABASE_KEY });
    // The desk signs its person in with the client id it syncs with, as a real desk does.
    const clientId = deskClientUuid(desk.db, person.id);
    slots.push({ person, desk, cleanup: desk.close, clientId, token: await server.signIn(person.id, clientId), offline: false, storedCursors: [], requestedCursors: [] });
  }
  const liarClientId = randomUUID();
  const liar = new LyingDesk(server, LIAR, await server.signIn(LIAR.id, liarClientId), liarClientId, IMPERSONATED, clock);
  const told: ToldLie[] = [];

  // The model: who took each complaint, every note written (text → its event id), every op id the honest desks made.
  const owners = new Map<string, string>();
  /** The closed complaints a review (核查) was requested of: one each. */
  const reviewed = new Set<string>();
  const notes = new Map<string, { complaintId: string; eventId: string }>();
  const ops = new Map<string, { name: string; args: Record<string, unknown> }>();
  let serial = 0;
  const observe = (slot?: DeskSlot) => {
    for (const s of slot ? [slot] : slots) {
      for (const m of pendingMutations(s.desk.db, 100_000)) ops.set(m.opId, { name: m.name, args: m.args as Record<string, unknown> });
      if (!slot) s.storedCursors.push(pullPosition(s.desk.db, s.person.id).cursor);
    }
  };
  /** A use case of the desk as its person; observed at once (a sync in the same action may drop the mutation from the outbox). */
  const call = async <T = unknown>(slot: DeskSlot, kind: string, name: string, input: unknown): Promise<T | null> => {
    const result = await slot.desk.dispatch(name as never, input as never);
    observe(slot);
    worked(kind, result.ok);
    return result.ok ? (result.value as T) : null;
  };
  const deskView = (desk: TestDesk): Map<string, Complaint> => {
    const rows = desk.db.prepare('SELECT record FROM complaints').all() as { record: string }[];
    return new Map(rows.map((r) => [JSON.parse(r.record).id as string, JSON.parse(r.record) as Complaint]));
  };
  const current = (slot: DeskSlot, id: string) => findComplaint(slot.desk.db, id);

  /** The desk dies mid-round and starts again on the same file, with a fresh context (same client id, same session). */
  const restart = (slot: DeskSlot) => {
    slot.desk.kill();
    slot.desk = makeTestDesk({ agent: slot.person, now: clock(), dir: slot.desk.dir, key: TEST_DATABASE_KEY });
  };
  const transportOf = (slot: DeskSlot) => server.transport(() => slot.token);
  const syncThrough = async (slot: DeskSlot, kill?: Kill) => {
    slot.desk.setNow(clock());
    let killed = false;
    const onKill = () => void (killed = true);
    await syncOnce(slot.desk.ctx, slot.person, nemesis(transportOf(slot), random, network, slot.requestedCursors, count, kill, onKill)).catch(() => undefined);
    if (killed) return restart(slot);
    // Contents follow the push, as the sync runner sends them.
    await uploadAttachments(slot.desk.ctx, server.content(() => slot.token)).catch(() => undefined);
  };
  /** A round on a good network (no fault): the model needs some things to have arrived to do the next. */
  const cleanSync = async (slot: DeskSlot) => {
    slot.desk.setNow(clock());
    const onlyRemoves = (what: string) => what === 'pulledRemove' && count(what);
    await syncOnce(slot.desk.ctx, slot.person, nemesis(transportOf(slot), () => 0, { late: [], owed: [] }, slot.requestedCursors, onlyRemoves)).catch(() => undefined);
  };
  const syncAll = () => Promise.all(slots.filter((s) => !s.offline).map((s) => syncThrough(s)));
  const supervisorFor = (a: Action) => {
    const supervisors = slots.filter((s) => s.person.role !== 'agent');
    return supervisors[a.pick % supervisors.length]!;
  };
  /** Completes the complaint's stages on the desk until `until` (or `steps` of them), as far as the desk allows. */
  const advanceOn = async (slot: DeskSlot, kind: string, id: string, steps: number, until?: string) => {
    for (let i = 0; i < steps; i++) {
      const c = current(slot, id);
      if (!c || c.status !== 'open' || c.stage === until) return;
      const done = await call(slot, kind, 'complaints.advance', { id, baseVersion: c.version, stage: c.stage, data: data[c.stage as (typeof STAGES)[number]] });
      if (!done) return;
    }
  };
  const newPhone = () => `139${String(++serial).padStart(8, '0')}`;
  const contact = (slot: DeskSlot, kind: string, id: string) => {
    const c = current(slot, id);
    return c ? call(slot, kind, 'complaints.updateContact', { id, baseVersion: c.version, customerName: c.intake.customerName, contactPhone: newPhone() }) : null;
  };
  const takeCall = (slot: DeskSlot) => {
    const callId = `pbx-${runNo}-${++serial}`;
    const base = { callId, direction: 'in' as const, from: '13812345678', to: '95500', users: [], source: 'http' as const };
    handleCallEvent(slot.desk.ctx, { ...base, kind: 'incoming', queue: '理赔' });
    handleCallEvent(slot.desk.ctx, { ...base, kind: 'answered', answeringNumber: '8001' });
    return callId;
  };

  async function act(a: Action): Promise<void> {
    tick();
    const picked = slots[a.desk % deskCount]!;
    // Work on a complaint goes to a desk that holds one when the picked desk holds none yet.
    const needsTarget = (WORK as readonly string[]).includes(a.kind) && a.kind !== 'create' && a.kind !== 'createWithCall';
    const slot = needsTarget && deskView(picked.desk).size === 0 ? (slots.find((s) => deskView(s.desk).size > 0) ?? picked) : picked;
    const mine = [...deskView(slot.desk).values()];
    const target = mine[a.pick % Math.max(1, mine.length)];
    const open = mine.filter((c) => c.status === 'open');
    const openTarget = open[a.pick % Math.max(1, open.length)];
    switch (a.kind) {
      case 'create': {
        const created = await call<Complaint>(slot, a.kind, 'complaints.create', intake());
        if (created) owners.set(created.id, slot.person.id);
        return;
      }
      case 'createWithCall': {
        const created = await call<Complaint>(slot, a.kind, 'complaints.create', { ...intake(), callId: takeCall(slot) });
        if (created) owners.set(created.id, slot.person.id);
        return;
      }
      case 'note': {
        if (!target) return;
        const text = `备注 ${runNo}-${++serial}`;
        if (await call(slot, a.kind, 'complaints.addNote', { id: target.id, text })) {
          const [event] = listEvents(slot.desk.db, target.id).filter((e) => e.kind === 'note.added' && e.data.text === text);
          notes.set(text, { complaintId: target.id, eventId: event!.id });
        }
        return;
      }
      case 'complexity':
        if (openTarget) await call(slot, a.kind, 'complaints.setComplexity', { id: openTarget.id, baseVersion: openTarget.version, complexity: a.pick % 2 ? 'complex' : 'standard' });
        return;
      case 'advance':
        if (openTarget) await advanceOn(slot, a.kind, openTarget.id, 1 + (a.pick % 3));
        return;
      case 'refuseSolution': {
        if (!openTarget) return;
        await advanceOn(slot, a.kind, openTarget.id, STAGES.length, 'feedback');
        const c = current(slot, openTarget.id);
        if (c) await call(slot, a.kind, 'complaints.refuseSolution', { id: c.id, baseVersion: c.version, reason: '客户不接受补偿方案' });
        return;
      }
      case 'withdraw':
        if (openTarget) await call(slot, a.kind, 'complaints.withdraw', { id: openTarget.id, baseVersion: openTarget.version, receivedAt: at('2026-11-26T09:00:00+08:00'), reason: '客户撤诉' });
        return;
      case 'assign': {
        if (!openTarget) return;
        const others = ASSIGNEES.filter((p) => p.id !== openTarget.assignee?.id);
        await call(slot, a.kind, 'complaints.assign', { id: openTarget.id, baseVersion: openTarget.version, assignee: others[a.pick % others.length]! });
        return;
      }
      case 'reassign': {
        // The lead's bulk reassignment: complaints leave desks' views (remove changes), some into another team or branch.
        const lead = slot.person.role === 'agent' ? supervisorFor(a) : slot;
        if (open.length === 0 && !lead.offline) await cleanSync(lead);
        const theirs = [...deskView(lead.desk).values()].filter((c) => c.status === 'open').slice(0, 1 + (a.pick % 3));
        if (theirs.length === 0) return;
        // An even pick hands them out of the lead's team: the lead's own desk loses them at its next pull.
        const elsewhere = ASSIGNEES.filter((p) => TEAM_OF[p.id] !== lead.person.id);
        const assignee = a.pick % 2 === 0 && lead.person.role === 'lead' ? elsewhere[(a.pick / 2) % elsewhere.length]! : ASSIGNEES[a.pick % ASSIGNEES.length]!;
        await call(lead, a.kind, 'team.reassign', { complaints: theirs.map((c) => ({ id: c.id, baseVersion: c.version })), assignee });
        return;
      }
      case 'extendDeadline': {
        const lead = supervisorFor(a);
        const theirs = [...deskView(lead.desk).values()].filter((c) => c.status === 'open' && !c.extension);
        const c = theirs[a.pick % Math.max(1, theirs.length)];
        if (!c) return;
        if (c.complexity !== 'complex') await call(lead, a.kind, 'complaints.setComplexity', { id: c.id, baseVersion: c.version, complexity: 'complex' });
        const now = current(lead, c.id);
        if (now) await call(lead, a.kind, 'complaints.extendDeadline', { id: c.id, baseVersion: now.version, notice: { toldAt: at('2026-11-26T09:30:00+08:00'), method: 'phone', reason: '案情复杂，需补充调查' } });
        return;
      }
      case 'setRecordingRef':
        if (target) await call(slot, a.kind, 'complaints.setRecordingRef', { id: target.id, baseVersion: target.version, recordingRef: `REC-${runNo}-${++serial}` });
        return;
      case 'letter':
        if (target) await call(slot, a.kind, 'letters.recordSent', { complaintId: target.id, letter: 'acknowledgement', language: 'zh-CN', method: 'letter', sentAt: at('2026-11-26T09:00:00+08:00') });
        return;
      case 'attach':
        // Each file its own bytes (a trailer after the end of the PDF or PNG): whoever reads one had it, not a file like it from another run.
        if (target) {
          const content = Buffer.concat([a.pick % 2 ? SAMPLE_PDF : SAMPLE_PNG, Buffer.from(`\n${randomUUID()}\n`)]);
          await call(slot, a.kind, 'attachments.add', { complaintId: target.id, name: a.pick % 2 ? '定损单.pdf' : '现场照片.png', contentBase64: content.toString('base64') });
        }
        return;
      case 'removeAttachment': {
        // On this desk, or the first desk that holds an attachment its person added.
        for (const s of [slot, ...slots]) {
          const files = [...deskView(s.desk).values()].flatMap((c) => liveAttachments(s.desk.db, c.id)).filter((f) => f.addedBy.id === s.person.id);
          const file = files[a.pick % Math.max(1, files.length)];
          if (file) return void (await call(s, a.kind, 'attachments.remove', { id: file.id, reason: '传错文件' }));
        }
        return;
      }
      case 'linkCall': {
        if (!target) return;
        // A call linked to a complaint, or a recording noted for a call already linked: complaint.recordCall either way.
        const linked = callsOfComplaint(slot.desk.db, target.id);
        if (a.pick % 2 && linked[0]) await call(slot, a.kind, 'calls.setRecordingRef', { callId: linked[0].id, recordingRef: `REC-CALL-${++serial}` });
        else await call(slot, a.kind, 'calls.linkComplaint', { callId: takeCall(slot), complaintId: target.id });
        return;
      }
      case 'contact':
        if (target) await contact(slot, a.kind, target.id);
        return;
      case 'clockStop': {
        // 挂起 for an outside appraisal; the lead approves it (on the lead's desk, once it holds the complaint); the result resumes it.
        if (!openTarget) return;
        await call(slot, a.kind, 'complaints.suspendClock', { id: openTarget.id, baseVersion: openTarget.version, kind: 'appraisal', reason: '等待第三方定损鉴定', party: '某某公估公司', attachmentId: null });
        const lead = supervisorFor(a);
        if (!lead.offline && !slot.offline) await cleanSync(slot).then(() => cleanSync(lead));
        const held = current(lead, openTarget.id);
        if (held) await call(lead, a.kind, 'complaints.approveSuspension', { id: held.id, baseVersion: held.version });
        const suspended = current(slot, openTarget.id);
        if (suspended && a.pick % 3 !== 0) await call(slot, a.kind, 'complaints.resumeClock', { id: suspended.id, baseVersion: suspended.version, outcome: '鉴定结果已出' });
        return;
      }
      case 'reviewRequest': {
        // 核查 of a closed complaint its own taker holds closed on the server too (a clean sync first), so nobody else
        // reviews it and the server takes the review as the desk did. One is closed first only when the desk holds none
        // (the others' work needs open complaints); one reviewed already is refused on the desk (one review per decision).
        if (slot.offline) return;
        await cleanSync(slot);
        const closedOnServer = () => {
          const ownClosed = [...deskView(slot.desk).values()].filter((c) => c.status === 'closed' && !c.reviewOf && owners.get(c.id) === slot.person.id);
          return ownClosed.find((c) => !reviewed.has(c.id)) ?? ownClosed[0];
        };
        let closed = closedOnServer();
        const own = open.find((c) => owners.get(c.id) === slot.person.id && c.assignee?.id === slot.person.id);
        if (!closed && own) {
          await advanceOn(slot, a.kind, own.id, STAGES.length);
          await cleanSync(slot);
          closed = closedOnServer();
        }
        if (!closed?.endedAt) return;
        const asked = new Date(Math.max(Date.parse(closed.endedAt), clock().getTime() - 60_000)).toISOString();
        const review = await call<{ complaint: Complaint }>(slot, a.kind, 'complaints.requestReview', { id: closed.id, requestedAt: asked, decisionReceivedAt: closed.endedAt, channel: 'phone', grounds: '对处理决定有异议' });
        reviewed.add(closed.id);
        if (review) owners.set(review.complaint.id, slot.person.id);
        return;
      }
      case 'returnVisit': {
        // 回访 of a closed complaint its person handles (one is closed first when the desk holds none): unreached, or reached with the answers.
        const mayVisit = (c: Complaint) => c.assignee?.id.toLowerCase() === slot.person.id.toLowerCase() || slot.person.role !== 'agent';
        let closed = mine.find((c) => c.status === 'closed' && !c.returnVisit?.result && mayVisit(c));
        if (!closed && openTarget && mayVisit(openTarget)) {
          await advanceOn(slot, a.kind, openTarget.id, STAGES.length);
          const after = current(slot, openTarget.id);
          if (after?.status === 'closed') closed = after;
        }
        if (!closed?.endedAt) return;
        const attemptedAt = new Date(Math.max(Date.parse(closed.endedAt), clock().getTime() - 60_000)).toISOString();
        const answers = a.pick % 2 ? { reached: true, satisfaction: (['satisfied', 'basically', 'not'] as const)[a.pick % 3], acceptsResult: a.pick % 3 !== 2, stillWants: '' } : { reached: false };
        await call(slot, a.kind, 'complaints.recordReturnVisit', { id: closed.id, baseVersion: closed.version, attemptedAt, ...answers });
        return;
      }
      case 'quality': {
        // 质检: a closed complaint its person handles (one is closed first); they appeal a failed check, then the lead of its
        // team (when a desk of the model) confirms a check and resolves the appeal, once the lead's desk holds it.
        const handles = (c: Complaint) => (c.assignee ?? c.createdBy).id.toLowerCase() === slot.person.id.toLowerCase();
        let closed = mine.find((c) => c.status === 'closed' && c.quality && handles(c));
        if (!closed && openTarget && handles(openTarget)) {
          await advanceOn(slot, a.kind, openTarget.id, STAGES.length);
          const after = current(slot, openTarget.id);
          if (after?.status === 'closed') closed = after;
        }
        if (!closed?.quality) return;
        const failed = closed.quality.checks.find((c) => !c.passed && !c.appeals.some((x) => x.status === 'open'));
        if (failed) await call(slot, a.kind, 'assist.quality.appeal', { id: closed.id, baseVersion: closed.version, checkId: failed.id, reason: '记录漏写，录音为证' });
        const lead = slots.find((s) => s.person.id === TEAM_OF[(closed.assignee ?? closed.createdBy).id]);
        if (!lead || lead.offline || slot.offline) return;
        await cleanSync(slot);
        await cleanSync(lead);
        const held = current(lead, closed.id);
        if (!held?.quality) return;
        const checked = held.quality.checks[a.pick % held.quality.checks.length]!;
        await call(lead, a.kind, 'assist.quality.review', { id: held.id, baseVersion: held.version, checkId: checked.id, verdict: 'confirmed', comment: '' });
        const appealed = held.quality.checks.find((c) => c.appeals.some((x) => x.status === 'open'));
        const now = current(lead, held.id);
        if (appealed && now) await call(lead, a.kind, 'assist.quality.resolveAppeal', { id: now.id, baseVersion: now.version, checkId: appealed.id, outcome: a.pick % 2 ? 'upheld' : 'rejected', comment: '已复听录音' });
        return;
      }
      case 'firstContact':
        if (openTarget) await call(slot, a.kind, 'complaints.recordContact', { id: openTarget.id, baseVersion: openTarget.version, contactedAt: new Date(clock().getTime() - 60_000).toISOString(), method: 'phone', note: '' });
        return;
      case 'conflict': {
        // Two desks that see one complaint correct its contact details apart: the later arrival is a conflict the server flags for review.
        let shared = mine.filter((c) => slots.some((s) => s !== slot && current(s, c.id)));
        if (shared.length === 0 && !slot.offline) {
          // None yet: the network is good for a moment, so the desks that see this desk's complaints get them.
          await cleanSync(slot);
          for (const s of slots) if (s !== slot && !s.offline) await cleanSync(s);
          shared = [...deskView(slot.desk).values()].filter((c) => slots.some((s) => s !== slot && current(s, c.id)));
        }
        const c = shared[a.pick % Math.max(1, shared.length)];
        if (!c) return;
        const seeing = slots.filter((s) => s !== slot && current(s, c.id));
        const other = seeing[a.pick % seeing.length]!;
        await contact(slot, a.kind, c.id);
        await contact(other, a.kind, c.id);
        if (!slot.offline) await syncThrough(slot);
        if (!other.offline) await syncThrough(other);
        return;
      }
      case 'resolveReview': {
        // The lead or admin the seed picks, or the first supervisor whose desk shows a complaint in review.
        const supervisors = [supervisorFor(a), ...slots.filter((s) => s.person.role !== 'agent')];
        let lead = supervisors.find((s) => complaintsNeedingReview(s.desk.db).length > 0);
        if (!lead) {
          // None flagged on their desks yet: a good moment of the network brings the edits to the server and its flags to the desks.
          for (const s of [...slots, ...supervisors]) if (!s.offline) await cleanSync(s);
          lead = supervisors.find((s) => complaintsNeedingReview(s.desk.db).length > 0);
        }
        if (!lead) return;
        const flagged = complaintsNeedingReview(lead.desk.db);
        const item = flagged[a.pick % flagged.length]!;
        const fields = [...new Set(item.conflicts.map((x: FieldConflict) => x.field))];
        const choices = fields.map((field, i) => ({ field, chosen: (a.pick + i) % 2 ? 'desk' : 'server' }));
        await call(lead, a.kind, 'complaints.resolveReview', { id: item.complaint.id, baseVersion: item.complaint.version, choices });
        return;
      }
      case 'lie': {
        if (LIES.length === 0) return;
        await tell(LIES[a.pick % LIES.length]!, a.pick);
        return;
      }
      case 'offline':
        slot.offline = !slot.offline;
        return;
      case 'sync':
        if (!slot.offline) await syncThrough(slot);
        return;
      case 'syncAll':
        await syncAll();
        return;
      case 'kill':
        if (!slot.offline) await syncThrough(slot, { atCall: 1 + (a.pick % 3), afterCommit: a.pick % 2 === 0 });
        return;
      case 'late':
        await deliverLate(network);
        return;
      case 'serverKill': {
        if (!serverKills || !server.kill || !server.restart) return;
        // The server process dies with a round in flight (SIGKILL: no shutdown, open transactions die with their connections), then starts on the same database.
        let settled = false;
        const round = syncAll().finally(() => void (settled = true));
        // Once a request is on the wire, a moment later: the kill lands inside a request, or between two.
        for (let waited = 0; !settled && (server.inFlight?.() ?? 1) === 0 && waited < 2000; waited++) await new Promise((r) => setTimeout(r, 1));
        await new Promise((r) => setTimeout(r, Math.floor(random() * 8)));
        await server.kill();
        tally.serverKills += 1;
        if (!settled) tally.serverKillsMidRound += 1;
        await round;
        await server.restart();
        return;
      }
    }
  }

  /** The world the liar can learn: honest calls on the server, and the client ids honest desks send (bound on the server by a push, or not yet). */
  async function tell(kind: LieKind, pick: number): Promise<void> {
    // Calls another person recorded (the liar's own person may link theirs again: no lie).
    const calls = (await server.db.query<{ record: CallSnapshot }>('SELECT record FROM sync_calls WHERE lower(recorded_by) <> lower($1) ORDER BY id', [LIAR.id])).rows.map((r) => r.record);
    const bound = new Set((await server.db.query<{ client_id: string }>('SELECT client_id FROM sync_client WHERE client_id = ANY($1)', [slots.map((s) => s.clientId)])).rows.map((r) => r.client_id));
    const clients: ClientOfDesk[] = slots.map((s) => ({ clientId: s.clientId, personId: s.person.id }));
    const hashes = (
      await server.db.query<{ sha256: string }>(
        // Files other people added, that the liar's own person never added (and so never uploaded) anywhere.
        `SELECT document->'data'->>'sha256' AS sha256 FROM sync_events WHERE document->>'kind' = $1 AND lower(document->'actor'->>'id') <> lower($2)
         EXCEPT SELECT document->'data'->>'sha256' FROM sync_events WHERE document->>'kind' = $1 AND lower(document->'actor'->>'id') = lower($2) ORDER BY 1`,
        [ATTACHMENT_ADDED_EVENT_KIND, LIAR.id],
      )
    ).rows.map((r) => r.sha256);
    const lie = await liar.tell(kind, pick, { calls, hashes, clients: { bound: clients.filter((c) => bound.has(c.clientId)), unbound: clients.filter((c) => !bound.has(c.clientId)) } });
    if (!lie) return;
    tally.lies[kind] = (tally.lies[kind] ?? 0) + 1;
    told.push(lie);
    if (lie.client) {
      // Refused before anything was written: the victim's counter did not move.
      const after = await server.db.query<{ last_mutation_id: string }>('SELECT last_mutation_id FROM sync_client WHERE client_id = $1', [lie.client.clientId]);
      expect(Number(after.rows[0]?.last_mutation_id ?? 0), `${kind}: the victim's counter`).toBe(lie.client.lastMutationIdBefore);
    }
  }

  /** Where a desk and the server part: each differing complaint's versions, feed position and the desk's cursor and timeline. */
  async function diagnose(slot: DeskSlot, onDesk: Map<string, Complaint>, view: ServerView): Promise<string> {
    const lines = [`cursor ${JSON.stringify(pullPosition(slot.desk.db, slot.person.id))}, requested ${JSON.stringify(slot.requestedCursors)}`];
    for (const id of new Set([...onDesk.keys(), ...view.complaints.keys()])) {
      const d = onDesk.get(id);
      const v = view.complaints.get(id);
      if (isDeepStrictEqual(d, v)) continue;
      const row = (await server.db.query<{ position: string }>('SELECT position FROM sync_complaints WHERE id = $1', [id])).rows[0];
      const refused = slot.desk.db.prepare('SELECT * FROM refused_events').all() as unknown[];
      lines.push(`${id}: desk v${d?.version} (${d?.assignee?.id}), server v${v?.version} (${v?.assignee?.id}) at position ${row?.position}`);
      lines.push(`  desk timeline: ${listEvents(slot.desk.db, id).map((e) => `${e.kind}@${e.actor.id}`).join(', ')}`);
      lines.push(`  server timeline: ${(view.events.get(id) ?? []).map((e) => `${e.kind}@${e.actor.id}`).join(', ')}`);
      lines.push(`  refused on the desk: ${JSON.stringify(refused).slice(0, 400)}`);
      const audits = await server.db.query<{ name: string; outcome: string; client_id: string; mutation_id: string; at: Date }>(
        'SELECT name, outcome, client_id, mutation_id, at FROM sync_audit WHERE complaint_id = $1 ORDER BY at', [id]);
      lines.push(`  audit: ${audits.rows.map((r) => `${r.name}:${r.outcome}:${r.client_id === slot.clientId ? 'this desk' : r.client_id.slice(0, 8)}#${r.mutation_id}`).join(', ')}`);
    }
    return lines.join('\n');
  }

  /** Everything the server lets the slot's person see, pulled from the start with the desk's own client id. */
  async function serverView(slot: DeskSlot): Promise<ServerView> {
    const transport = transportOf(slot);
    const view: ServerView = { complaints: new Map(), events: new Map(), meta: new Map(), calls: new Map() };
    let cursor = 0;
    for (;;) {
      const page = await transport.pull({ clientId: slot.clientId, cursor });
      for (const c of page.changes) {
        if (c.kind !== 'put') continue;
        view.complaints.set(c.complaint.id, c.complaint);
        view.events.set(c.complaint.id, c.events);
        view.meta.set(c.complaint.id, c.meta);
        view.calls.set(c.complaint.id, c.calls ?? []);
      }
      cursor = page.cursor;
      if (!page.hasMore) return view;
    }
  }

  try {
    // The prelude's reassignment is the team lead's (desk 1), out of the team: a remove change every run.
    const prelude: Action[] = COVERAGE.map((kind, i) =>
      kind === 'reassign' ? { kind, desk: 1, pick: 2 * Math.floor(random() * 500) } : { kind, desk: i === 0 ? 0 : Math.floor(random() * deskCount), pick: Math.floor(random() * 1000) },
    );
    const lies: Action[] = shuffled(LIES).map((kind) => ({ kind: 'lie' as const, desk: 0, pick: LIES.indexOf(kind) + LIES.length * Math.floor(random() * 100) }));
    for (const a of [...prelude, ...actions]) {
      await act(a);
      observe();
    }
    // A complaint of desk 0's (the liar's team) at registration on the server, so the lies about a registration have one to name.
    slots[0]!.offline = false;
    tick();
    const fresh = await call<Complaint>(slots[0]!, 'create', 'complaints.create', intake());
    if (fresh) {
      owners.set(fresh.id, slots[0]!.person.id);
      await advanceOn(slots[0]!, 'advance', fresh.id, 1);
    }
    await cleanSync(slots[0]!);
    for (const a of lies) {
      await act(a);
      observe();
    }

    // Settle: held requests arrive; the desks sync through the nemesis until it has injected every fault it owes this run;
    // then every desk is back online on a clean network, twice round so each sees the others' work.
    await deliverLate(network);
    for (let round = 0; network.owed.length > 0 && round < 50; round++) {
      for (const slot of slots) slot.offline = false;
      await syncAll();
      observe();
    }
    expect(network.owed, 'faults the nemesis could not inject in this run').toEqual([]);
    await deliverLate(network);
    for (let round = 0; round < 2; round++) {
      for (const slot of slots) {
        slot.offline = false;
        slot.desk.setNow(clock());
        await syncOnce(slot.desk.ctx, slot.person, nemesis(transportOf(slot), () => 0, network, slot.requestedCursors, (what) => what === 'pulledRemove' && count(what)));
        await uploadAttachments(slot.desk.ctx, server.content(() => slot.token));
      }
    }
    observe();

    // Every honest op id once on the server: applied, or rejected with a rejection the desk can show.
    const audited = await server.db.query<{ op_id: string; outcome: string; name: string; rejected: boolean }>(
      `SELECT a.op_id, a.outcome, a.name, EXISTS (SELECT 1 FROM sync_rejections r WHERE r.op_id = a.op_id) AS rejected FROM sync_audit a WHERE a.op_id = ANY($1)`,
      [[...ops.keys()]],
    );
    expect(audited.rows.length).toBe(ops.size);
    const outcome = new Map(audited.rows.map((r) => [r.op_id, r.outcome]));
    for (const row of audited.rows) {
      expect(row.rejected).toBe(row.outcome === 'rejected');
      if (row.outcome === 'applied') tally.applied[row.name] = (tally.applied[row.name] ?? 0) + 1;
    }
    // Nothing lost, nothing duplicated: an applied op's event is on the server once, a refused one's nowhere.
    const eventIds = [...ops.values()].map((o) => o.args.eventId).filter((id): id is string => typeof id === 'string');
    const stored = await server.db.query<{ id: string; n: number }>('SELECT id, count(*)::int AS n FROM sync_events WHERE id = ANY($1) GROUP BY id', [eventIds]);
    const storedEvents = new Map(stored.rows.map((r) => [r.id, r.n]));
    for (const [opId, op] of ops) {
      if (typeof op.args.eventId !== 'string') continue;
      expect(storedEvents.get(op.args.eventId) ?? 0, `${op.name} ${opId} (${outcome.get(opId)})`).toBe(outcome.get(opId) === 'applied' ? 1 : 0);
    }
    // Every honest create was applied (no honest complaint lost).
    for (const [opId, op] of ops) if (op.name === 'complaint.create') expect(outcome.get(opId), `create ${opId}`).toBe('applied');

    // The lies: each refused as it must be; a corrected time lie that was applied joins the model as the liar's.
    const lieAudit = await server.db.query<{ op_id: string; outcome: string; code: string | null }>(
      `SELECT a.op_id, a.outcome, (SELECT r.code FROM sync_rejections r WHERE r.op_id = a.op_id) AS code FROM sync_audit a WHERE a.op_id = ANY($1)`,
      [told.flatMap((l) => l.opIds)],
    );
    const lieOutcome = new Map(lieAudit.rows.map((r) => [r.op_id, r]));
    const correctedLieNotes = new Set<string>();
    for (const lie of told) {
      for (const opId of lie.opIds) {
        const got = lieOutcome.get(opId);
        const how = `${lie.kind}: ${got ? `${got.outcome}${got.code ? ` ${got.code}` : ''}` : `answered ${lie.statuses.join('/')}`}`;
        tally.lieOutcomes[how] = (tally.lieOutcomes[how] ?? 0) + 1;
        if (lie.expect.outcome === '4xx') {
          for (const status of lie.statuses) expect(status, `${lie.kind}: answered`).toBeGreaterThanOrEqual(400);
          for (const status of lie.statuses) expect(status, `${lie.kind}: answered`).toBeLessThan(500);
          expect(got, `${lie.kind}: audited`).toBeUndefined();
        } else if (lie.expect.outcome === 'rejected') {
          expect(got?.outcome, `${lie.kind} ${opId}`).toBe('rejected');
          expect(got?.code, `${lie.kind}: its rejection`).toEqual(lie.expect.code ?? expect.any(String));
        } else if (lie.expect.outcome === 'rejectedOrUnreadable') {
          expect(['rejected', 'applied'], `${lie.kind} ${opId}`).toContain(got?.outcome);
          if (got?.outcome === 'applied') for (const status of lie.statuses) expect(status, `${lie.kind}: reading the content it named`).toBeGreaterThanOrEqual(400);
          if (got?.outcome === 'applied') for (const status of lie.statuses) expect(status, `${lie.kind}: reading the content it named`).toBeLessThan(500);
        } else {
          expect(['rejected', 'applied'], `${lie.kind} ${opId}`).toContain(got?.outcome);
          expect(got?.code ?? null, `${lie.kind}: a rejection exactly when refused`).toEqual(got?.outcome === 'rejected' ? expect.any(String) : null);
        }
      }
      if (lie.expect.outcome === 'rejectedOrCorrected') {
        for (const id of lie.createdIds) if ((await server.db.query('SELECT 1 FROM sync_complaints WHERE id = $1', [id])).rows.length) owners.set(id, LIAR.id);
        correctedLieNotes.add('LIE#');
      }
    }
    // No trace of any lie: not in the server's complaints, timelines, calls or removals, nor anywhere on an honest desk.
    const serverText = (await Promise.all(['sync_complaints', 'sync_events', 'sync_calls', 'sync_removals'].map(async (t) => (await server.db.query<{ t: string }>(`SELECT x::text AS t FROM ${t} x`)).rows.map((r) => r.t).join('\n')))).join('\n');
    const serverRecords = (await server.db.query<{ t: string }>(`SELECT document::text AS t FROM sync_complaints UNION ALL SELECT document::text FROM sync_events`)).rows.map((r) => r.t).join('\n');
    const deskText = (slot: DeskSlot, timesOnly: boolean) => {
      const tables = timesOnly
        ? ['complaints', 'complaint_events']
        : (slot.desk.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'`).all() as { name: string }[]).map((r) => r.name);
      return tables.map((t) => JSON.stringify(slot.desk.db.prepare(timesOnly && t === 'complaints' ? 'SELECT record FROM complaints' : `SELECT * FROM "${t}"`).all())).join('\n');
    };
    const deskTexts = told.length === 0 ? [] : slots.map((slot) => ({ slot, all: deskText(slot, false), records: deskText(slot, true) }));
    for (const lie of told) {
      const timesOnly = lie.expect.outcome === 'rejectedOrCorrected';
      for (const marker of lie.markers) {
        expect((timesOnly ? serverRecords : serverText).includes(marker), `${lie.kind}: ${marker} on the server`).toBe(false);
        for (const d of deskTexts) expect((timesOnly ? d.records : d.all).includes(marker), `${lie.kind}: ${marker} on ${d.slot.person.id}'s desk`).toBe(false);
      }
    }

    // The server holds exactly the complaints taken (honest, and corrected lies): nothing lost, nothing extra.
    const all = await server.db.query<{ id: string; assignee: string | null }>(`SELECT id, document->'assignee'->>'id' AS assignee FROM sync_complaints`);
    expect(all.rows.map((r) => r.id).sort()).toEqual([...owners.keys()].sort());
    const assigneeOf = new Map(all.rows.map((r) => [r.id, r.assignee]));

    for (const slot of slots) {
      expect(pendingMutations(slot.desk.db)).toEqual([]);
      const view = await serverView(slot);
      const onDesk = deskView(slot.desk);
      if (!isDeepStrictEqual(onDesk, view.complaints)) console.info(`[sync-model] ${slot.person.id}'s desk (${slots.indexOf(slot)}) differs: ${await diagnose(slot, onDesk, view)}`);
      expect(onDesk, `${slot.person.id}'s desk (${slots.indexOf(slot)})`).toEqual(view.complaints);
      // The model: the complaints this person may see (by who took it and who handles it now).
      const expectedIds = [...owners].filter(([id, owner]) => sees(slot.person, owner, assigneeOf.get(id) ?? null)).map(([id]) => id);
      expect([...onDesk.keys()].sort(), `${slot.person.id}'s desk`).toEqual(expectedIds.sort());
      for (const id of expectedIds) {
        const events = view.events.get(id) ?? [];
        // The timeline, the review flag and its conflicts, the calls and the live attachments: the server's.
        const deskEvents = byId(listEvents(slot.desk.db, id));
        // The same events, once each, by the same people: nothing lost, nothing duplicated.
        expect(deskEvents.map(eventKey), `timeline of ${id} on ${slot.person.id}`).toEqual(byId(events).map(eventKey));
        if (TIMELINE_CONTENT) expect(deskEvents, `timeline content of ${id} on ${slot.person.id}`).toEqual(byId(events));
        expect(reviewStateOf(slot.desk.db, id), `review of ${id} on ${slot.person.id}`).toEqual({ needsReview: view.meta.get(id)!.needsReview, conflicts: view.meta.get(id)!.conflicts });
        expect(byId(callsOfComplaint(slot.desk.db, id).map(callSnapshot)), `calls of ${id} on ${slot.person.id}`).toEqual(byId(view.calls.get(id) ?? []));
        const added = events.filter((e) => e.kind === ATTACHMENT_ADDED_EVENT_KIND).map((e) => String(e.data.attachmentId));
        const removed = new Set(events.filter((e) => e.kind === ATTACHMENT_REMOVED_EVENT_KIND).map((e) => String(e.data.attachmentId)));
        expect(liveAttachments(slot.desk.db, id).map((x) => x.id).sort(), `attachments of ${id} on ${slot.person.id}`).toEqual(added.filter((x) => !removed.has(x)).sort());
        // Every note written on it, once each — those the server refused, nowhere.
        const written = events.filter((e) => e.kind === 'note.added' && ![...correctedLieNotes].some((p) => String(e.data.text).startsWith(p))).map((e) => e.id);
        const expected = [...notes.values()].filter((n) => n.complaintId === id && storedEvents.get(n.eventId)).map((n) => n.eventId);
        expect(written.sort(), `notes of ${id}`).toEqual(expected.sort());
      }
      expect(slot.storedCursors).toEqual([...slot.storedCursors].sort((x, y) => x - y));
      expect(slot.requestedCursors).toEqual([...slot.requestedCursors].sort((x, y) => x - y));
    }
  } finally {
    for (const slot of slots) {
      slot.desk.kill();
      slot.cleanup();
    }
  }
}

const actionArbitrary = (kinds: ActionKind[]) => fc.record({ kind: fc.constantFrom(...kinds), desk: fc.nat(7), pick: fc.nat(1000) }) as fc.Arbitrary<Action>;
const KINDS: ActionKind[] = [...WORK, 'create', 'note', 'advance', 'assign', 'sync', 'sync', 'syncAll', 'offline', 'kill', 'late', 'lie'];

/** Over all runs of a test: every fault injected, every mutation kind applied, every enabled lie told. */
function expectCovered(tally: Tally): void {
  console.info(`[sync-model] injected: ${JSON.stringify(tally.injected)}`);
  console.info(`[sync-model] applied on the server: ${JSON.stringify(tally.applied)}`);
  console.info(`[sync-model] desk work (ok/refused on the desk): ${JSON.stringify(tally.work)}`);
  console.info(`[sync-model] lies told: ${JSON.stringify(tally.lies)} (pending, not told: ${LIES_PENDING.filter((k) => !LIES.includes(k)).join(', ') || 'none'})`);
  console.info(`[sync-model] the server's answers to the lies: ${JSON.stringify(tally.lieOutcomes)}`);
  for (const fate of GUARANTEED) expect(tally.injected[fate] ?? 0, `fault ${fate} injected`).toBeGreaterThan(0);
  // Reassignments took complaints out of some desk's view, and the pulls said so.
  expect(tally.injected.pulledRemove ?? 0, 'remove changes pulled').toBeGreaterThan(0);
  for (const name of MUTATION_NAMES) expect(tally.applied[name] ?? 0, `${name} applied on the server`).toBeGreaterThan(0);
  for (const lie of LIES) expect(tally.lies[lie] ?? 0, `lie ${lie} told`).toBeGreaterThan(0);
}

describe('model: desks, a nemesis network, a lying desk and the real server (PostgreSQL)', () => {
  let server: ModelServer;
  // The server's clock runs from the fixtures' moment; the desks keep its time.
  const started = Date.now();
  const clock = () => new Date(NOW.getTime() + (Date.now() - started));
  beforeAll(async () => {
    server = await inProcessModelServer(clock);
  }, 90_000);
  afterAll(() => server?.close());

  it(`after settling, every op id exists once, every desk equals the server's view equals the model, every lie is refused without a trace, cursors never go back (${RUNS} runs)`, async () => {
    const tally = newTally();
    let runNo = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 8 }), fc.array(actionArbitrary(KINDS), { minLength: 5, maxLength: 25 }), fc.integer(), (deskCount, actions, seed) =>
        runModel(server, clock, tally, ++runNo, deskCount, actions, seed, false),
      ),
      // Runs are not replayed exactly (ids, timing), so shrinking mostly re-runs at random: off unless asked for.
      { numRuns: RUNS, endOnFailure: !process.env.COMPLAINT_DESK_MODEL_SHRINK, ...REPLAY },
    );
    expectCovered(tally);
  }, 900_000);
});

describe.runIf(SOAK)('soak: the server in its own process, SIGKILLed mid-round and restarted on the same database', () => {
  let server: ModelServer & { output(): string };
  beforeAll(async () => {
    server = await spawnedModelServer();
  }, 120_000);
  afterAll(() => server?.close());

  it(`desks converge with the server after it was killed and restarted (${PROCESS_RUNS} runs)`, async () => {
    const tally = newTally();
    let runNo = 0;
    const withKills = fc.array(actionArbitrary([...KINDS, 'serverKill']), { minLength: 5, maxLength: 25 }).map((actions) => [...actions, { kind: 'serverKill' as const, desk: 0, pick: 0 }]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 8 }), withKills, fc.integer(), (deskCount, actions, seed) => runModel(server, () => new Date(), tally, ++runNo, deskCount, actions, seed, true)),
      { numRuns: PROCESS_RUNS },
    );
    console.info(`[sync-model] server processes killed: ${tally.serverKills} (${tally.serverKillsMidRound} with requests in flight)`);
    expect(tally.serverKills).toBeGreaterThanOrEqual(PROCESS_RUNS);
    expect(tally.serverKillsMidRound, 'kills with requests in flight').toBeGreaterThan(0);
    expectCovered(tally);
  }, 24 * 60 * 60 * 1000);
});
