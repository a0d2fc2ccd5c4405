import { MUTATION_NAMES } from '../../shared/sync/mutators';
import type { ClockCorrection, PullRequest, PullResponse, PushRequest, PushResponse, WireMutation } from '../../shared/sync/protocol';
import type { SnapshotBegin, SnapshotRequest } from '../../shared/sync/snapshot';
import { firstPush, playStory, type PlayedStep } from './run-story';
import { AGENT, CALL, CLIENT_ID, DESK_CLOCK, minute, opId, PASSWORD } from './story-values';

/** Illustrative values the server makes (tokens, its ids): a client reads them from its answers. */
const ACCESS = 'cda_4Jc9xQm2Vt7LbN0pRk3sYw8ZeH1uGf6aDi5oTj2nXq0';
const REFRESH = 'cdr_9Rt2mKx7QbV4nL1pZs8wYc3eJh6uGf0aDi5oTj2nXqA';
const BRANCH_ID = 'a3c1e2b4-6d8f-4a0b-9c1d-2e3f4a5b6c7d';
const TEAM_ID = 'b4d2f3c5-7e9a-4b1c-8d2e-3f4a5b6c7d8e';
const USER_ID = 'c5e3a4d6-8f0b-4c2d-9e3f-4a5b6c7d8e9f';

/** The create the server refuses: its number is not the one its id and call time make. */
function wrongNumberCreate(played: readonly PlayedStep[]): WireMutation {
  const create = played[0]!.mutation;
  const args = create.args as Record<string, unknown>;
  return { ...create, id: 3, opId: opId(99), args: { ...args, id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', number: 'TS-20261206-00000001' }, createdAt: minute(9) };
}

/** Every example of the doc by name: request and answer bodies, each a JSON code block ```json <name>. */
export function protocolExamples(played: readonly PlayedStep[] = playStory()): Record<string, unknown> {
  const pushed = firstPush(played);
  const afterPush = pushed.at(-1)!;
  const rejected = wrongNumberCreate(played);
  const pushRequest: PushRequest = { clientId: CLIENT_ID, deskClock: DESK_CLOCK, mutations: pushed.map((p) => p.mutation) };
  const pushResponse: PushResponse = { lastMutationId: 2, serverTime: '2026-12-06T02:20:00.180Z', corrections: [] };
  const pullRequest: PullRequest = { clientId: CLIENT_ID, cursor: 0, rejectionsAfter: 0, limit: 500 };
  const pullResponse: PullResponse = {
    changes: [
      {
        kind: 'put',
        complaint: afterPush.complaint,
        events: afterPush.timeline,
        meta: { fieldVersions: { stage: 2 }, needsReview: false, conflicts: [], deleted: false, branch: { id: BRANCH_ID, name: '华东分公司' } },
        calls: [CALL],
      },
    ],
    cursor: 1,
    hasMore: false,
    highWater: 1,
    lastMutationId: 3,
    rejections: [{ mutationId: 3, opId: rejected.opId, name: rejected.name, code: 'number_mismatch', messageKey: 'sync.refusal.numberMismatch', at: '2026-12-06T02:21:00.060Z' }],
    serverTime: '2026-12-06T02:22:00.000Z',
    settingsVersion: 0,
  };
  const correction: ClockCorrection = {
    mutationId: 1,
    opId: opId(1),
    name: 'complaint.create',
    complaintId: afterPush.complaint.id,
    field: 'callTime',
    deskTime: '2026-12-06T10:00:00+08:00',
    serverTime: '2026-12-06T02:43:00.000Z',
    reason: 'clock_skew',
  };
  return {
    'sign-in-request': { employeeNo: AGENT.id, password: PASSWORD, clientId: CLIENT_ID, deviceName: '理赔一组 3号工位' },
    'sign-in-response': {
      accessToken: ACCESS,
      accessExpiresAt: '2026-12-06T02:34:00.000Z',
      refreshToken: REFRESH,
      refreshExpiresAt: '2027-01-05T02:19:00.000Z',
      profile: { userId: USER_ID, employeeNo: AGENT.id, name: AGENT.name, role: 'agent', teamId: TEAM_ID, teamName: '理赔投诉一组', branchId: BRANCH_ID, branchName: '华东分公司' },
    },
    'refresh-request': { refreshToken: REFRESH, clientId: CLIENT_ID },
    'logout-request': { refreshToken: REFRESH },
    'push-request': pushRequest,
    'push-response': pushResponse,
    'push-rejected-request': { clientId: CLIENT_ID, deskClock: '2026-12-06T02:21:00.000Z', mutations: [rejected] } satisfies PushRequest,
    'clock-correction': correction,
    'pull-request': pullRequest,
    'pull-response': pullResponse,
    'snapshot-request': { clientId: CLIENT_ID } satisfies SnapshotRequest,
    'snapshot-begin': {
      kind: 'begin',
      cursor: 1,
      total: 1,
      own: 1,
      lastMutationId: 3,
      serverTime: '2026-12-06T02:22:00.000Z',
      settingsVersion: 0,
    } satisfies SnapshotBegin,
    'snapshot-own-done': { kind: 'ownDone', count: 1 },
    'snapshot-end': { kind: 'end', count: 1 },
    'error-client-not-bound': {
      error: { code: 'forbidden', message: 'this client id was never signed in with by you: sign in from this desk first', fields: [{ path: 'clientId', code: 'client_not_bound' }] },
    },
    'error-rate-limited': { error: { code: 'rate_limited', message: 'too many calls; try again in 17 s', retryAfterSeconds: 17 } },
    'upload-status': { size: 2048, received: 0, complete: false },
    'upload-chunk': { offset: 0, data: 'JVBERi0xLjcKJcfsj6IK', size: 2048 },
    'content-chunk': { size: 2048, offset: 0, data: 'JVBERi0xLjcKJcfsj6IK' },
  };
}

/** One example wire mutation per kind, in registry order: the story step the doc shows for it. */
export function mutationExamples(played: readonly PlayedStep[] = playStory()): Map<string, WireMutation> {
  const shown = new Map(played.filter((p) => p.step.shown).map((p) => [p.mutation.name, p.mutation]));
  return new Map(MUTATION_NAMES.flatMap((name) => (shown.has(name) ? [[name, shown.get(name)!] as const] : [])));
}
