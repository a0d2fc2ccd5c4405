import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/api/sync';
import type { Complaint } from '../../../shared/domain/complaint';
import type { TeamList } from '../../../shared/org/organisation';
import { startSync } from '../../../core/sync/start-sync';
import type { SyncRunner } from '../../../core/sync/sync-runner';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { validIntake } from '../../support/desk';
import { valueOf } from '../../support/workflow-desk';

/**
 * The desks of the assignment e2e, each syncing in the background as a shell's does (pokes, the runner): the
 * agent who takes a call that the rules send to another team's agent still reaches 已同步 — nothing of hers
 * waits (the create is acknowledged though the server answered it with its own complaint.assign), her desk is
 * not left syncing round after round — and the chosen agent's desk has it as theirs. (The e2e's 已同步 that never
 * came was the save message over 立即同步, paused by the pointer resting there: renderer/app/app.tsx.)
 */
let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
const runners: SyncRunner[] = [];
beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => {
  for (const runner of runners) await runner.stop();
  for (const desk of desks) desk.close();
  await company?.close();
});

const signedIn = async (employeeNo: string) => {
  const desk = makeServerDesk(company.server.url);
  desks.push(desk);
  valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
  return desk;
};
const syncing = (desk: ServerDesk) => {
  const runner = startSync(desk.ctx);
  runners.push(runner);
  return runner;
};
const status = async (desk: ServerDesk) => valueOf<SyncStatus>(await desk.dispatch('sync.status', {}));

async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** 立即同步 as the top bar's button does it: answers the status once the round it ran (or joined) is over. */
async function syncNow(desk: ServerDesk): Promise<SyncStatus> {
  return valueOf<SyncStatus>(await desk.dispatch('sync.now', {}));
}
/** What the top bar says 已同步 for: online, not syncing, nothing pending, a last sync. */
const saysSynced = (s: SyncStatus) => s.enabled && s.online && !s.syncing && s.pending === 0 && s.lastSyncAt !== null;

/** As the e2e's syncedNow: 立即同步 again and again until the desk says 已同步, within `timeoutMs`. */
async function syncedNow(desk: ServerDesk, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = await syncNow(desk);
  while (!saysSynced(last) || !saysSynced(await status(desk))) {
    if (Date.now() > until) throw new Error(`the desk does not say 已同步 within ${timeoutMs} ms: ${JSON.stringify(await status(desk))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await syncNow(desk);
  }
}

describe('the taker\'s desk after the rules route her complaint to another team', () => {
  it('reaches 已同步 at once and stays there; the chosen agent\'s desk has the complaint as theirs', async () => {
    const taker = await signedIn('A1001');
    syncing(taker);
    await eventually(async () => saysSynced(await status(taker)), 'the taker\'s first round');
    const now = () => new Date().toISOString();
    // Before any rule: three complaints about the same policy stay with her.
    for (let i = 0; i < 3; i++) valueOf(await taker.dispatch('complaints.create', validIntake({ callTime: now(), contactPhone: `138 0013 800${i}` })));
    await syncedNow(taker);

    const admin = await signedIn('M3001');
    const teams = valueOf<TeamList>(await admin.dispatch('admin.teams.list', {})).teams;
    const second = teams.find((t) => t.name === '保全投诉二组')!;
    valueOf(
      await admin.dispatch('assignment.macros.save', {
        macros: [{ id: 'complex-note', name: { zh: '转复杂并备注', en: 'Complex with a note' }, steps: [{ kind: 'setComplexity', complexity: 'complex' }, { kind: 'addNote', text: '组长已复核{{customerName}}的投诉，转为复杂件' }] }],
      }),
    );
    valueOf(
      await admin.dispatch('assignment.rules.save', {
        rules: [{ id: 'claims', name: { zh: '理赔转保全二组', en: 'Claims to team 2' }, match: { complaintTypes: ['claims_dispute'] }, target: { kind: 'team', teamId: second.id, strategy: 'roundRobin' } }],
        fallbacks: [],
      }),
    );
    const chosen = await signedIn('A2001');
    syncing(chosen);
    await eventually(async () => saysSynced(await status(chosen)), 'the chosen agent\'s first round');
    await eventually(async () => valueOf<{ rules: { rules: unknown[] } }>(await taker.dispatch('assignment.settings', {})).rules.rules.length === 1, 'the taker\'s desk has the rules');

    const routed = valueOf<Complaint>(await taker.dispatch('complaints.create', validIntake({ callTime: now(), contactPhone: '139 0013 9000' })));
    await syncedNow(taker);
    expect(await status(taker)).toMatchObject({ pending: 0, rejected: 0 });
    // Again, as the e2e clicks it: each click answers 已同步.
    for (let i = 0; i < 3; i++) expect(saysSynced(await syncNow(taker))).toBe(true);
    const onTaker = valueOf<{ complaint: Complaint }>(await taker.dispatch('complaints.get', { id: routed.id })).complaint;
    expect(onTaker.assignee).toEqual({ id: 'A2001', name: '吴磊' });

    await eventually(async () => {
      const got = await chosen.dispatch('complaints.get', { id: routed.id });
      return got.ok && (got.value as { complaint: Complaint }).complaint.assignee?.id === 'A2001';
    }, 'the complaint on the chosen agent\'s desk as theirs');
    await syncedNow(chosen);
  }, 120_000);
});
