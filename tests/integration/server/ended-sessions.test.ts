import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../../shared/org/user';
import { SECURITY_HEADERS } from '../../../server/http/security-headers';
import { BACKENDS } from './support/backends';
import { startListeningServer, type ListeningServer } from './support/listening-server';

/**
 * The server is the authority on sessions: signing out, deactivation and a password reset end a session
 * everywhere at once — its access token, its refresh token and its open poke streams — whatever the desk does next.
 */
describe.each(BACKENDS)('ended sessions and the poke stream (%s)', (backend) => {
  let server: ListeningServer;
  let admin: string;

  beforeAll(async () => {
    server = await startListeningServer(backend);
    admin = (await server.signIn('M3001')).accessToken;
  }, 90_000);
  afterAll(() => server?.close());

  const userId = async (employeeNo: string) =>
    ((await (await server.call('GET', '/users', admin)).json()) as { users: User[] }).users.find((u) => u.employeeNo === employeeNo)!.id;

  it('the poke stream carries the security headers every other answer carries', async () => {
    const session = await server.signIn('A1001');
    const stream = await server.openPokes(session.accessToken);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toBe('text/event-stream');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(stream.headers.get(name), name).toBe(value);
    } finally {
      stream.close();
    }
  });

  it('signing out (with the access token) ends the session: /me, refresh and the open poke stream all stop at once', async () => {
    const session = await server.signIn('A1003');
    const other = await server.signIn('A1003');
    const stream = await server.openPokes(session.accessToken);
    const otherStream = await server.openPokes(other.accessToken);
    try {
      const out = await server.call('POST', '/auth/logout', session.accessToken, { refreshToken: session.refreshToken });
      expect(out.status).toBe(200);
      await stream.ended(2_000);
      expect((await server.call('GET', '/me', session.accessToken)).status).toBe(401);
      expect((await server.call('POST', '/auth/refresh', undefined, { refreshToken: session.refreshToken, clientId: session.clientId })).status).toBe(401);
      expect((await server.openPokes(session.accessToken)).status).toBe(401);
      // The same person's other desk is another session: it goes on.
      expect((await server.call('GET', '/me', other.accessToken)).status).toBe(200);
      await expect(otherStream.ended(300)).rejects.toThrow(/still open/);
    } finally {
      stream.close();
      otherStream.close();
    }
  });

  it('a sign-out without the access token changes nothing (401): the desk must send it', async () => {
    const session = await server.signIn('A3002');
    expect((await server.call('POST', '/auth/logout', undefined, { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await server.call('GET', '/me', session.accessToken)).status).toBe(200);
  });

  it("one person cannot sign another out with their own token (the other's refresh token is refused as not theirs)", async () => {
    const victim = await server.signIn('A2001');
    const attacker = await server.signIn('A2002');
    const stream = await server.openPokes(victim.accessToken);
    try {
      expect((await server.call('POST', '/auth/logout', attacker.accessToken, { refreshToken: victim.refreshToken })).status).toBe(404);
      await expect(stream.ended(300)).rejects.toThrow(/still open/);
      expect((await server.call('GET', '/me', victim.accessToken)).status).toBe(200);
    } finally {
      stream.close();
    }
  });

  it("deactivating a person closes every poke stream of theirs at once, and only theirs", async () => {
    const first = await server.signIn('B2002');
    const second = await server.signIn('B2002');
    const bystander = await server.signIn('A3001');
    const streams = [await server.openPokes(first.accessToken), await server.openPokes(second.accessToken)];
    const untouched = await server.openPokes(bystander.accessToken);
    try {
      expect((await server.call('PATCH', `/users/${await userId('B2002')}`, admin, { active: false })).status).toBe(200);
      await Promise.all(streams.map((s) => s.ended(2_000)));
      expect((await server.call('GET', '/me', first.accessToken)).status).toBe(401);
      await expect(untouched.ended(300)).rejects.toThrow(/still open/);
    } finally {
      for (const s of [...streams, untouched]) s.close();
    }
  });

  it("an admin's password reset closes every poke stream of the person and revokes their sessions", async () => {
    const session = await server.signIn('L2002');
    const stream = await server.openPokes(session.accessToken);
    try {
      expect((await server.call('POST', `/users/${await userId('L2002')}/password`, admin, { newPassword: 'New-pass-2026' })).status).toBe(200);
      await stream.ended(2_000);
      expect((await server.call('GET', '/me', session.accessToken)).status).toBe(401);
      expect((await server.call('POST', '/auth/refresh', undefined, { refreshToken: session.refreshToken, clientId: session.clientId })).status).toBe(401);
    } finally {
      stream.close();
    }
  });
});
