import { z } from 'zod';
import { AgentSchema, type Agent } from '../../shared/api/session';
import type { Profile } from '../../shared/org/user';
import type { DeskContext } from '../context';
import { readSetting } from '../settings';

const AGENT_KEY = 'signedInAgent';
const OFFLINE_KEY = 'signedInOffline';

/** The person signed in at this desk, or null. A corrupt setting reads as signed out, never as a crash. */
export function currentAgent(ctx: DeskContext): Agent | null {
  return readSetting(ctx.settings, AGENT_KEY, AgentSchema.nullable(), null);
}

/** Whether the current session was opened with the local verifier (the server was unreachable). */
export function signedInOffline(ctx: DeskContext): boolean {
  return readSetting(ctx.settings, OFFLINE_KEY, z.boolean(), false);
}

/** The agent as the desk's records name them (工号 as id), from the server's profile: never from the sign-in form. */
export function agentFromProfile(profile: Profile): Agent {
  return {
    id: profile.employeeNo,
    name: profile.name,
    role: profile.role,
    userId: profile.userId,
    teamId: profile.teamId,
    teamName: profile.teamName,
    branchId: profile.branchId,
    branchName: profile.branchName,
  };
}

export function startSession(ctx: DeskContext, agent: Agent, offline: boolean): void {
  ctx.settings.set(AGENT_KEY, agent);
  ctx.settings.set(OFFLINE_KEY, offline);
  ctx.idleLock?.release();
}

/** null, not a missing key: the settings stores refuse undefined, and null reads as signed out. */
export function endSession(ctx: DeskContext): { agent: null } {
  ctx.settings.set(AGENT_KEY, null);
  ctx.settings.set(OFFLINE_KEY, false);
  ctx.idleLock?.release();
  return { agent: null };
}

export function sessionState(ctx: DeskContext) {
  const agent = currentAgent(ctx);
  return { agent, locked: agent !== null && (ctx.idleLock?.isLocked() ?? false), offline: agent !== null && signedInOffline(ctx) };
}
