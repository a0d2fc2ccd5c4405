import type { Agent } from '../../../shared/api/session';
import type { Session } from '../../../shared/org/auth';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { deskErrorFromServer } from '../../server-link/desk-error-from-server';
import { ServerUnreachable } from '../../server-link/http-request';
import { lastReachedAt, readServerAddress, writeTokens } from '../../server-link/link-settings';
import { ServerRefusal } from '../../server-link/server-refusal';
import { syncOrgSettingsAfterSignIn } from '../org/org-settings';
import { agentFromProfile, startSession } from '../../services/current-agent';
import { serverLink } from '../../services/session-link';
import { forgetOfflineAccount, offlineAccount, passwordMatches, rememberOfflineAccount } from '../../services/offline-accounts';

export interface SignInResult {
  agent: Agent;
  offline: boolean;
  lastReachedAt: string | null;
}

const passwordIssue = (messageKey: string) =>
  new DeskError({ code: 'refused', messageKey, issues: [{ path: ['password'], messageKey }] });

/** The server cannot be reached: the verifier kept at the last online sign-in decides. */
async function signInOffline(ctx: DeskContext, employeeNo: string, password: string): Promise<SignInResult> {
  const reached = lastReachedAt(ctx.settings);
  const account = offlineAccount(ctx, employeeNo);
  if (!account) throw DeskError.of('offline', 'accounts.errors.offlineNeverOnline', { lastReachedAt: reached ?? '' });
  if (!(await passwordMatches(account, password))) throw passwordIssue('accounts.errors.wrongPassword');
  const agent = agentFromProfile(account.profile);
  startSession(ctx, agent, true);
  return { agent, offline: true, lastReachedAt: reached };
}

async function signInOnline(ctx: DeskContext, session: Session, password: string): Promise<SignInResult> {
  writeTokens(ctx.settings, { employeeNo: session.profile.employeeNo, accessToken: session.accessToken, refreshToken: session.refreshToken });
  await rememberOfflineAccount(ctx, session.profile, password);
  const agent = agentFromProfile(session.profile);
  startSession(ctx, agent, false);
  await syncOrgSettingsAfterSignIn(ctx, session.profile);
  return { agent, offline: false, lastReachedAt: lastReachedAt(ctx.settings) };
}

/** 工号 + password against the company server; offline, against the local verifier. */
export async function signIn(ctx: DeskContext, input: { employeeNo: string; password: string }): Promise<SignInResult> {
  if (!readServerAddress(ctx.settings)) throw DeskError.of('refused', 'accounts.errors.noServer');
  let session: Session;
  try {
    session = await serverLink.login(ctx, input.employeeNo, input.password);
  } catch (error) {
    if (error instanceof ServerUnreachable) return signInOffline(ctx, input.employeeNo, input.password);
    if (error instanceof ServerRefusal && error.detail.code === 'deactivated') forgetOfflineAccount(ctx, input.employeeNo);
    if (error instanceof ServerRefusal && error.status === 401) throw passwordIssue('accounts.errors.wrongPasswordOnline');
    throw deskErrorFromServer(error, ctx.settings);
  }
  return signInOnline(ctx, session, input.password);
}
