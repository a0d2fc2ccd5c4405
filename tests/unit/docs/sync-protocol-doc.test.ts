import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import { ATTACHMENT_MAX_BYTES_CEILING } from '../../../shared/domain/attachments/attachment';
import { ACCESS_TOKEN_MINUTES, LoginInputSchema, LogoutInputSchema, REFRESH_TOKEN_DAYS, RefreshInputSchema, SessionSchema } from '../../../shared/org/auth';
import { OrgErrorBodySchema } from '../../../shared/org/errors';
import { ATTACHMENT_CHUNK_BYTES, ContentChunkSchema, UploadChunkSchema, UploadStatusSchema } from '../../../shared/sync/attachment-content';
import { MUTATION_NAMES, MUTATORS, isMutationName } from '../../../shared/sync/mutators';
import {
  ClockCorrectionSchema,
  PULL_PAGE_MAX,
  PUSH_BATCH_MAX,
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  WireMutationSchema,
} from '../../../shared/sync/protocol';
import { BODY_LIMIT_BYTES } from '../../../server/http/app';
import { DEFAULT_LIMITS } from '../../../server/services/limits';
import { generatedBlocks, jsonBlocks, regenerate } from '../../../scripts/sync-protocol/render';
import { protocolExamples } from '../../../scripts/sync-protocol/examples';
import { SnapshotBeginSchema, SnapshotEndSchema, SnapshotOwnDoneSchema, SnapshotRequestSchema } from '../../../shared/sync/snapshot';
import { documentedCodes, refusalCodes, refusalCodesIn } from './refusal-codes';

const root = new URL('../../../', import.meta.url).pathname;
const doc = readFileSync(`${root}docs/sync-protocol.md`, 'utf8');
const blocks = jsonBlocks(doc);

/** Each named example and the schema the server parses it with (or answers it by). */
const SCHEMAS: Record<string, z.ZodType> = {
  'sign-in-request': LoginInputSchema,
  'sign-in-response': SessionSchema,
  'refresh-request': RefreshInputSchema,
  'logout-request': LogoutInputSchema,
  'push-request': PushRequestSchema,
  'push-response': PushResponseSchema,
  'push-rejected-request': PushRequestSchema,
  'clock-correction': ClockCorrectionSchema,
  'pull-request': PullRequestSchema,
  'pull-response': PullResponseSchema,
  'snapshot-request': SnapshotRequestSchema,
  'snapshot-begin': SnapshotBeginSchema,
  'snapshot-own-done': SnapshotOwnDoneSchema,
  'snapshot-end': SnapshotEndSchema,
  'error-client-not-bound': OrgErrorBodySchema,
  'error-rate-limited': OrgErrorBodySchema,
  'upload-status': UploadStatusSchema,
  'upload-chunk': UploadChunkSchema,
  'content-chunk': ContentChunkSchema,
};

describe('docs/sync-protocol.md agrees with the schemas', () => {
  it('has its generated blocks as the script generates them now', () => {
    expect(regenerate(doc), 'run npx tsx scripts/sync-protocol-examples.ts').toBe(doc);
    expect(new Set(generatedBlocks(doc))).toEqual(new Set(['mutations', ...Object.keys(protocolExamples())]));
  });

  it('shows one example per mutation of the registry, each accepted by the wire schema and its args schema', () => {
    const shown = [...blocks.keys()].filter((label) => label.startsWith('mutation ')).map((label) => label.slice('mutation '.length));
    expect(shown.sort()).toEqual([...MUTATION_NAMES].sort());
    for (const name of shown) {
      const mutation = WireMutationSchema.parse(blocks.get(`mutation ${name}`));
      expect(mutation.name).toBe(name);
      expect(isMutationName(name) && MUTATORS[name].args.safeParse(mutation.args).success, name).toBe(true);
    }
  });

  it('parses every request and answer example with the schema of its call', () => {
    expect(new Set(Object.keys(SCHEMAS))).toEqual(new Set(Object.keys(protocolExamples())));
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      expect(blocks.has(name), name).toBe(true);
      const parsed = schema.safeParse(blocks.get(name));
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
    }
    // Every mutation inside a push is a valid mutation of its kind.
    for (const name of ['push-request', 'push-rejected-request']) {
      for (const m of PushRequestSchema.parse(blocks.get(name)).mutations) {
        expect(isMutationName(m.name) && MUTATORS[m.name].args.safeParse(m.args).success).toBe(true);
      }
    }
  });

  it('states the complaint-number algorithm the server checks, and its examples follow it', () => {
    const snippet = /```js\n([\s\S]*?)\n```/.exec(doc)![1]!;
    const documented = new Function(`${snippet}\nreturn complaintNumber;`)() as (id: string, callTime: string) => string;
    for (const [id, callTime] of [
      ['5f3a9c2e-7b14-4d6a-9e08-c1b2a3d4e5f6', '2026-12-06T10:00:00+08:00'],
      ['FFFFFFFF-FFFF-4FFF-8FFF-FFFFFFFFFFFF', '2026-01-31T23:59:59-05:00'],
      ['ab', '2026-07-01T00:00:00Z'],
      ['5f3a9c2e-7b14-4d6a-9e08-c1b2a3d4e5f6', '2026-11-24T17:00:00Z'],
      ['5f3a9c2e-7b14-4d6a-9e08-c1b2a3d4e5f6', '2026-12-05T16:30:00.000Z'],
      [crypto.randomUUID(), new Date().toISOString()],
    ] as const) {
      expect(documented(id, callTime)).toBe(complaintNumber(id, callTime));
    }
    const create = blocks.get('mutation complaint.create') as { args: { id: string; number: string; intake: { callTime: string } } };
    expect(create.args.number).toBe(complaintNumber(create.args.id, create.args.intake.callTime));
    expect(doc).toContain(`\`${create.args.number}\``);
  });

  it('documents every rejection code the shared rules and the server can give, and no other', () => {
    const codes = refusalCodes(root);
    expect(codes).toContain('number_mismatch');
    expect(documentedCodes(doc)).toEqual(codes);
  });

  it('finds codes however the refusal is written (the collector itself)', () => {
    const source = `refuse('a_one', 'k'); refuseInvalid('b_two', e); refused(\n  'c_three', 'k'); denied('d_four', 'k'); extended('e_five', 'k'); refuse(code, 'k')`;
    expect(refusalCodesIn(source)).toEqual(['a_one', 'b_two', 'c_three', 'd_four', 'e_five']);
  });

  it('states the limits and the poke stream as the code has them', () => {
    const perMinute = (rule: { max: number; windowSeconds: number }) => (expect(rule.windowSeconds).toBe(60), `${rule.max} a minute`);
    const { backoff } = DEFAULT_LIMITS;
    for (const row of [
      `| mutations in one push | ${PUSH_BATCH_MAX} |`,
      `| changes in one pull page | ${PULL_PAGE_MAX} (\`limit\`) |`,
      `| request body | ${BODY_LIMIT_BYTES / 1024} KiB |`,
      `| attachment chunk | ${ATTACHMENT_CHUNK_BYTES / 1024} KiB of content`,
      `| attachment content | ${ATTACHMENT_MAX_BYTES_CEILING / 1024 / 1024} MiB |`,
      `| signed-in calls per person (push, pull, poke, attachments, …) | ${perMinute(DEFAULT_LIMITS.callsPerUser)} |`,
      `| sign-in attempts per client id | ${perMinute(DEFAULT_LIMITS.loginPerClient)} |`,
      `| sign-in attempts per 工号 | ${perMinute(DEFAULT_LIMITS.loginPerAccount)} |`,
      `| refreshes per client id | ${perMinute(DEFAULT_LIMITS.refreshPerClient)} |`,
      `| failed sign-ins of an account | the ${backoff.freeFailures}th locks it for ${backoff.baseLockSeconds} s; each further one doubles the lock, at most ${backoff.maxLockSeconds / 60} minutes |`,
      `| access token | ${ACCESS_TOKEN_MINUTES} minutes |`,
      `| refresh token | ${REFRESH_TOKEN_DAYS} days, rotated by every refresh |`,
    ]) {
      expect(doc).toContain(row);
    }
    const routes = readFileSync(`${root}server/http/routes/sync-routes.ts`, 'utf8');
    const keepalive = Number(/KEEPALIVE_MS = ([\d_]+)/.exec(routes)![1]!.replaceAll('_', ''));
    expect(doc).toContain(`\`: keepalive\` every ${keepalive / 1000} seconds`);
    for (const line of [': connected\\n\\n', ': keepalive\\n\\n', 'event: poke\\ndata: {}\\n\\n']) expect(routes).toContain(line);
    expect(doc).toContain('```text\n: connected\n\nevent: poke\ndata: {}\n\n: keepalive\n');
  });
});
