import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangePasswordInputSchema, LoginInputSchema, RefreshInputSchema } from '../../../shared/org/auth';
import { DEFAULT_ORG_SETTINGS_INPUT, OrgSettingsInputSchema } from '../../../shared/org/org-settings-schema';
import { CreateBranchInputSchema, CreateTeamInputSchema, UpdateTeamInputSchema } from '../../../shared/org/organisation';
import { CreateUserInputSchema, ResetPasswordInputSchema, UpdateUserInputSchema, type User } from '../../../shared/org/user';
import { SECURITY_HEADERS } from '../../../server/http/security-headers';
import { BODY_LIMIT_BYTES } from '../../../server/http/app';
import { BACKENDS } from './support/backends';
import { databaseSnapshot, startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('the server against hostile input on %s', (backend) => {
  let server: TestServer;
  let admin: string;
  let someUser: string;
  let someTeam: string;

  beforeAll(async () => {
    // Generous limits: this file hammers the server on purpose.
    server = await startTestServer(backend, {
      limits: { callsPerUser: { max: 100_000, windowSeconds: 60 }, loginPerClient: { max: 100_000, windowSeconds: 60 } },
    });
    admin = (await server.signIn('M3001')).accessToken;
    someUser = ((await server.call('GET', '/users', { token: admin })).json().users as User[])[1]!.id;
    someTeam = (await server.call('GET', '/teams', { token: admin })).json().teams[0].id;
  });
  afterAll(() => server?.close());

  const raw = (method: string, path: string, payload: string, contentType = 'application/json') =>
    server.call(method, path, { token: admin, payload, headers: { 'content-type': contentType } });

  it('sets the security headers on answers and on refusals alike', async () => {
    for (const response of [await server.call('GET', '/health'), await server.call('GET', '/me'), await server.call('GET', '/nope')]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name]).toBe(value);
    }
  });

  it('answers malformed input with a 4xx and a reason, never a 5xx', async () => {
    const cases: Array<[Promise<{ statusCode: number; json(): unknown }>, number, string]> = [
      [raw('POST', '/users', '{"employeeNo": "X1",'), 400, 'validation'],
      [raw('POST', '/users', ''), 400, 'validation'],
      [raw('POST', '/users', 'null'), 400, 'validation'],
      [raw('POST', '/users', '[1,2,3]'), 400, 'validation'],
      [raw('POST', '/users', '"a string"'), 400, 'validation'],
      [raw('POST', '/users', '{"__proto__": {"role": "admin"}}'), 400, 'validation'],
      [raw('POST', '/users', 'employeeNo=X1', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
      [raw('POST', '/users', '{}', 'text/plain'), 415, 'unsupported_media_type'],
      [raw('PUT', '/org-settings', JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) })), 413, 'payload_too_large'],
      [server.call('POST', '/users', { token: admin }), 400, 'validation'],
      [server.call('DELETE', '/users', { token: admin }), 404, 'not_found'],
      [server.call('GET', '/users?teamId=all', { token: admin }), 400, 'validation'],
      [server.call('GET', `/users/${someUser}/password`, { token: admin }), 404, 'not_found'],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect(response.statusCode).toBe(status);
      expect((response.json() as { error: { code: string; message: string } }).error).toMatchObject({ code, message: expect.any(String) });
    }
  });

  /** Bodies that must be refused: anything the endpoint's schema does not accept. */
  const invalidFor = (schema: z.ZodType) =>
    fc
      .oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom('employeeNo', 'name', 'role', 'teamId', 'password', 'active', 'deadlines', 'phrases', 'taxonomy', 'branchId', 'leadId', 'newPassword', 'x'), fc.jsonValue()),
        fc.record({
          deadlines: fc.dictionary(fc.constantFrom('standardDays', 'complexDays', 'extensionDays'), fc.oneof(fc.integer(), fc.double(), fc.string())),
          phrases: fc.constant(DEFAULT_ORG_SETTINGS_INPUT.phrases),
          taxonomy: fc.oneof(fc.constant(DEFAULT_ORG_SETTINGS_INPUT.taxonomy), fc.jsonValue()),
        }),
      )
      .filter((body) => !schema.safeParse(body).success);

  it('refuses fuzzed bodies on every endpoint with a 4xx, changing nothing', async () => {
    const endpoints: Array<[string, string, z.ZodType]> = [
      ['POST', '/users', CreateUserInputSchema],
      ['PATCH', `/users/${someUser}`, UpdateUserInputSchema],
      ['POST', `/users/${someUser}/password`, ResetPasswordInputSchema],
      ['POST', '/branches', CreateBranchInputSchema],
      ['POST', '/teams', CreateTeamInputSchema],
      ['PATCH', `/teams/${someTeam}`, UpdateTeamInputSchema],
      ['PUT', '/org-settings', OrgSettingsInputSchema],
      ['POST', '/org-settings/adopt', OrgSettingsInputSchema],
      ['POST', '/me/password', ChangePasswordInputSchema],
      ['POST', '/auth/refresh', RefreshInputSchema],
      ['POST', '/auth/login', LoginInputSchema],
    ];
    const before = await databaseSnapshot(server.database);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints).chain(([method, path, schema]) => invalidFor(schema).map((body) => [method, path, body] as const)),
        async ([method, path, body]) => {
        const response = await raw(method, path, JSON.stringify(body));
        return response.statusCode >= 400 && response.statusCode < 500 && response.json().error.code === 'validation';
      },
      ),
      { numRuns: backend === 'pglite' ? 60 : 120 },
    );
    expect(await databaseSnapshot(server.database)).toEqual(before);
  });

  it('refuses fuzzed path ids with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60 }), async (id) => {
        const response = await server.call('PATCH', `/users/${encodeURIComponent(id)}`, { token: admin, body: { name: 'x' } });
        return response.statusCode === 400 || response.statusCode === 404;
      }),
      { numRuns: 50 },
    );
    expect((await server.call('PATCH', `/users/${randomUUID()}`, { token: admin, body: { name: 'x' } })).statusCode).toBe(404);
  });
});
