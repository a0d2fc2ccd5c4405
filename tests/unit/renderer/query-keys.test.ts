import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changedBy, changedByEvent, EVERYTHING, invalidateChanged, queryKeyOf, type Changed } from '../../../renderer/api/query-keys';
import { contract, type CallInput, type CallName } from '../../../shared/api/contract';

/** The screens' queries of one signed-in desk with complaints c1 and c2 open. */
const ON_SCREEN: Array<{ [C in CallName]: [C, CallInput<C>] }[CallName]> = [
  ['complaints.get', { id: 'c1' }],
  ['complaints.deadline', { id: 'c1' }],
  ['calls.ofComplaint', { complaintId: 'c1' }],
  ['attachments.list', { complaintId: 'c1' }],
  ['complaints.get', { id: 'c2' }],
  ['queue.mine', { sortBy: 'dueAt', direction: 'asc' }],
  ['team.queue', { filter: {}, sortBy: 'dueAt', direction: 'asc', offset: 0, limit: 100 }],
  ['search.query', { text: '王', filters: {} }],
  ['calls.callerHistory', { number: '13800000000' }],
  ['reports.dashboard', { range: { from: '2026-12-01', to: '2026-12-07' } }],
  ['taxonomy.get', {}],
  ['phrases.get', {}],
  ['cti.settings', {}],
  ['settings.deadlines.get', {}],
  ['admin.users.list', {}],
  ['session.current', {}],
  ['sync.status', {}],
  ['sync.reviewQueue', {}],
  ['calls.list', {}],
  ['drafts.latest', { form: 'intake' }],
];

/** Which of ON_SCREEN a change marks stale, as `call` or `call c1`: what a real QueryClient invalidates. */
async function staleAfter(changed: Changed): Promise<string[]> {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const [call, input] of ON_SCREEN) client.setQueryData(queryKeyOf(call, input), {});
  await invalidateChanged(client, changed);
  return ON_SCREEN.filter(([call, input]) => client.getQueryState(queryKeyOf(call, input))?.isInvalidated).map(([call, input]) => {
    const id = (input as { id?: string; complaintId?: string }).id ?? (input as { complaintId?: string }).complaintId;
    return id ? `${call} ${id}` : call;
  });
}

const complaintC1AndLists = ['complaints.get c1', 'complaints.deadline c1', 'calls.ofComplaint c1', 'attachments.list c1', 'queue.mine', 'team.queue', 'search.query', 'calls.callerHistory', 'reports.dashboard'];

describe('query keys', () => {
  it('keep a complaint’s queries under that complaint, lists under the lists', () => {
    expect(queryKeyOf('complaints.get', { id: 'c1' })).toEqual(['complaint', 'c1', 'complaints.get', { id: 'c1' }]);
    expect(queryKeyOf('calls.ofComplaint', { complaintId: 'c1' }).slice(0, 2)).toEqual(['complaint', 'c1']);
    expect(queryKeyOf('queue.mine', {}).slice(0, 2)).toEqual(['complaints', 'list']);
    expect(queryKeyOf('sync.status', {})[0]).toBe('sync');
    expect(queryKeyOf('org.settings.get', {})[0]).toBe('settings');
  });

  it('classify every call of the contract, each to a change or to none', () => {
    for (const call of Object.keys(contract) as CallName[]) {
      expect(() => changedBy(call, { id: 'x', complaintId: 'x', complaints: [] } as never), call).not.toThrow();
    }
  });
});

describe('what a mutation invalidates', () => {
  it('a change to one complaint: that complaint, the lists and the reports, not the other complaint or the settings', async () => {
    for (const call of ['complaints.addNote', 'complaints.assign', 'complaints.withdraw', 'complaints.updateContact'] as const) {
      expect(await staleAfter(changedBy(call, { id: 'c1' } as CallInput<typeof call>)), call).toEqual(complaintC1AndLists);
    }
    const advance = { id: 'c1', baseVersion: 3, stage: 'intake', data: {} } as unknown as CallInput<'complaints.advance'>;
    expect(await staleAfter(changedBy('complaints.advance', advance))).toEqual(complaintC1AndLists);
  });

  it('a review resolved: also the sync page', async () => {
    expect(await staleAfter(changedBy('complaints.resolveReview', { id: 'c1', baseVersion: 2, choices: {} } as never))).toEqual([
      ...complaintC1AndLists,
      'sync.status',
      'sync.reviewQueue',
    ]);
  });

  it('a new complaint: the lists, the drafts and the calls, no open complaint page', async () => {
    expect(await staleAfter(changedBy('complaints.create', {} as never))).toEqual([
      'queue.mine', 'team.queue', 'search.query', 'calls.callerHistory', 'reports.dashboard', 'calls.list', 'drafts.latest',
    ]);
  });

  it('a bulk reassignment: each complaint moved and the lists', async () => {
    const stale = await staleAfter(changedBy('team.reassign', { complaints: [{ id: 'c1', baseVersion: 1 }, { id: 'c2', baseVersion: 1 }], assignee: 'u1' } as never));
    expect(stale).toEqual(expect.arrayContaining(['complaints.get c1', 'complaints.get c2', 'team.queue', 'queue.mine']));
    expect(stale).not.toContain('taxonomy.get');
  });

  it('settings: the settings only; deadline days also every complaint shown with a due date', async () => {
    expect(await staleAfter(changedBy('phrases.set', {} as never))).toEqual(['taxonomy.get', 'phrases.get', 'cti.settings', 'settings.deadlines.get']);
    expect(await staleAfter(changedBy('cti.updateSettings', { port: 9000 }))).toEqual(['taxonomy.get', 'phrases.get', 'cti.settings', 'settings.deadlines.get']);
    const deadlines = await staleAfter(changedBy('settings.deadlines.set', {} as never));
    expect(deadlines).toEqual(expect.arrayContaining(['settings.deadlines.get', 'complaints.get c1', 'complaints.get c2', 'queue.mine']));
    expect(deadlines).not.toContain('admin.users.list');
  });

  it('a draft saved: the drafts only; an admin’s user change: the organisation only', async () => {
    expect(await staleAfter(changedBy('drafts.save', {} as never))).toEqual(['drafts.latest']);
    expect(await staleAfter(changedBy('admin.users.update', {} as never))).toEqual(['admin.users.list']);
  });

  it('signing in or out, and a sync round started by hand: everything', async () => {
    expect(changedBy('session.signIn', {} as never)).toBe(EVERYTHING);
    expect(changedBy('session.signOut', {})).toBe(EVERYTHING);
    expect(changedBy('sync.now', {})).toBe(EVERYTHING);
    expect(await staleAfter(EVERYTHING)).toHaveLength(ON_SCREEN.length);
  });

  it('reads, exports and letters generated change nothing', () => {
    for (const call of ['complaints.get', 'queue.mine', 'exports.start', 'letters.generate', 'session.activity'] as const) {
      expect(changedBy(call, {} as never), call).toEqual([]);
    }
  });
});

describe('what a desk event invalidates', () => {
  it('complaints.changed: that complaint and the lists', async () => {
    expect(await staleAfter(changedByEvent({ name: 'complaints.changed', payload: { id: 'c2' } }))).toEqual([
      'complaints.get c2', 'queue.mine', 'team.queue', 'search.query', 'calls.callerHistory', 'reports.dashboard',
    ]);
  });

  it('sync progress: the status mid-round, the whole sync page and the calls once a round ends', async () => {
    expect(await staleAfter(changedByEvent({ name: 'sync.progress', payload: { syncing: true, online: true, progress: 0.5 } }))).toEqual(['sync.status']);
    expect(await staleAfter(changedByEvent({ name: 'sync.progress', payload: { syncing: false, online: true, progress: null } }))).toEqual([
      'sync.status', 'sync.reviewQueue', 'calls.list',
    ]);
  });

  it('the softphone endpoint moved: the CTI settings; the organisation’s settings arrived: settings and complaints', async () => {
    expect(await staleAfter(changedByEvent({ name: 'cti.statusChanged', payload: { listeningPort: 9000 } }))).toEqual(['cti.settings']);
    const org = await staleAfter(changedByEvent({ name: 'orgSettings.changed', payload: { version: 4 } }));
    expect(org).toEqual(expect.arrayContaining(['taxonomy.get', 'complaints.get c1', 'queue.mine', 'reports.dashboard']));
    expect(org).not.toContain('session.current');
    expect(org).not.toContain('admin.users.list');
  });

  it('events the screens handle themselves invalidate nothing here', () => {
    expect(changedByEvent({ name: 'exports.progress', payload: { jobId: 'j', written: 1, total: 2 } })).toEqual([]);
  });
});
