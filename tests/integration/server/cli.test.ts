import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/backends';
import { runCli } from './support/spawn-server';

describe('the server CLI', () => {
  let testDb: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    env = { DATABASE_URL: testDb.databaseUrl! };
  });
  afterAll(() => testDb?.drop());

  it('admin create: refuses a bad password with the reason, then creates the admin', async () => {
    const bad = await runCli(['admin', 'create', '--employee-no', 'M9001', '--name', '运维', '--password', 'short'], env);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('password: validation.password.tooShort');
    const good = await runCli(['admin', 'create', '--employee-no', 'M9001', '--name', '运维', '--password', 'Admin-pass-9'], env);
    expect(good.output).toContain('[server] admin 运维 (M9001) created');
    expect(good.code).toBe(0);
  });

  it('demo: refuses to seed over real data', async () => {
    const refused = await runCli(['demo'], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('already has 1 user(s)');
  });

  it('demo: seeds an empty database and prints the sign-ins', async () => {
    const empty = await createTestDatabase('postgres');
    try {
      const seeded = await runCli(['demo', '--port', '8999'], { DATABASE_URL: empty.databaseUrl! });
      expect(seeded.code).toBe(0);
      expect(seeded.output).toContain('every password is Demo@2026');
      for (const line of ['M3001  陈静  (admin)', 'L2001  李强  (lead)', 'A1001  王芳  (agent)', 'A3002  黄磊  (agent)']) {
        expect(seeded.output).toContain(line);
      }
      expect(seeded.output).toContain('sign in at http://127.0.0.1:8999');
    } finally {
      await empty.drop();
    }
  });
});
