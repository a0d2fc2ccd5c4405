import { afterEach, describe, expect, it } from 'vitest';
import { currentAgent } from '../../../core/services/current-agent';
import { contract, type CallName } from '../../../shared/api/contract';
import { ROLES, type Role } from '../../../shared/domain/actor';
import { makeTestDesk } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';

let desk: ReturnType<typeof makeTestDesk> | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
});

const PUBLIC_CALLS = (Object.keys(contract) as CallName[]).filter((call) => contract[call].access === 'public');
const rank = (role: Role | undefined) => (role ? ROLES.indexOf(role) : -1);

/** What an attacker on this machine would send to a call that needs no sign-in: every role, with and without a plausible body. */
function hostileInputs(): unknown[] {
  return ROLES.flatMap((role) => [
    { role },
    { id: 'A1001', name: '王芳', role },
    { id: 'X9999', name: '攻击者', role },
    { agent: { id: 'A1001', name: '王芳', role }, role },
    { employeeNo: 'A1001', password: 'Demo@2026', role },
  ]);
}

/** The public calls after which the desk's agent holds a higher role than before (or than nobody). */
async function roleRaisingPublicCalls(): Promise<string[]> {
  const raising = new Set<string>();
  desk = makeTestDesk({ key: TEST_DATABASE_KEY, agent: null });
  for (const start of [null, 'agent', 'lead'] as const) {
    for (const call of PUBLIC_CALLS) {
      for (const input of hostileInputs()) {
        desk.ctx.settings.set('signedInAgent', start ? { id: 'A1001', name: '王芳', role: start } : null);
        await desk.dispatch(call, input);
        if (rank(currentAgent(desk.ctx)?.role) > rank(start ?? undefined)) raising.add(call);
      }
    }
  }
  return [...raising].sort();
}

/** Roles come from the company server's accounts: no public call may raise one. */
const NONE: string[] = [];

describe('calls open before sign-in', () => {
  it('are few and known', () => {
    expect(PUBLIC_CALLS.sort()).toEqual(['desk.unlock', 'server.setAddress', 'server.status', 'session.current', 'session.signIn', 'session.signOut', 'settings.display.get']);
  });

  it('raise no role: the role comes only from the server', async () => {
    expect(await roleRaisingPublicCalls()).toEqual(NONE);
  });
});
