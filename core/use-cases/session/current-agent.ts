import { AgentSchema, type Agent } from '../../../shared/api/session';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const AGENT_KEY = 'signedInAgent';

/** The agent signed in at this desk, or null. A corrupt setting reads as signed out, never as a crash. */
export function currentAgent(ctx: DeskContext): Agent | null {
  return readSetting(ctx.settings, AGENT_KEY, AgentSchema.nullable(), null);
}

export function signIn(ctx: DeskContext, agent: Agent): Agent {
  ctx.settings.set(AGENT_KEY, agent);
  return agent;
}

/** null, not a missing key: the settings stores refuse undefined, and null reads as signed out. */
export function signOut(ctx: DeskContext): { agent: null } {
  ctx.settings.set(AGENT_KEY, null);
  return { agent: null };
}
