import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerStatus, SetServerAddressInput } from '../../../shared/api/server-link';
import type { Agent } from '../../../shared/api/session';
import { may } from '../../../shared/domain/capabilities';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { ServerUnreachable } from '../../server-link/http-request';
import { lastReachedAt, readServerAddress, writeServerAddress, writeTokens, type ServerAddress } from '../../server-link/link-settings';
import { parseServerAddress } from '../../server-link/server-address';
import { NotOurServer, ServerRefusal } from '../../server-link/server-refusal';
import { currentAgent } from '../../services/current-agent';
import { forgetAllOfflineAccounts } from '../../services/offline-accounts';
import { serverLink } from '../../services/session-link';

const issue = (field: 'url' | 'ca', messageKey: string) =>
  new DeskError({ code: 'validation', messageKey, issues: [{ path: [field], messageKey }] });

/** A CA as pasted PEM or the path of a PEM file; it must parse as an X.509 certificate. */
function readCompanyCa(text: string | null | undefined): string | null {
  if (!text) return null;
  let pem = text;
  if (!text.includes('-----BEGIN')) {
    try {
      pem = readFileSync(text, 'utf8');
    } catch {
      throw issue('ca', 'accounts.address.caUnreadable');
    }
  }
  try {
    new X509Certificate(pem);
  } catch {
    throw issue('ca', 'accounts.address.caInvalid');
  }
  return pem;
}

async function answersHealth(ctx: DeskContext, address: ServerAddress): Promise<boolean> {
  try {
    await serverLink.health(ctx, address);
    return true;
  } catch {
    return false;
  }
}

export async function serverStatus(ctx: DeskContext): Promise<ServerStatus> {
  const address = readServerAddress(ctx.settings);
  const online = address ? await answersHealth(ctx, address) : null;
  return { url: address?.url ?? null, caTrusted: Boolean(address?.ca), online, lastReachedAt: lastReachedAt(ctx.settings) };
}

/** Only while no one is signed in (first run, or between shifts), or by an admin: otherwise a passer-by could redirect the desk. */
function mayChangeAddress(ctx: DeskContext, agent: Agent | null): boolean {
  return !readServerAddress(ctx.settings) || !agent || may(agent, 'changeServerAddress');
}

/** Checks the address by calling its /health, then keeps it. A different server forgets this desk's sign-ins. */
export async function setServerAddress(ctx: DeskContext, input: SetServerAddressInput): Promise<ServerStatus> {
  if (!mayChangeAddress(ctx, currentAgent(ctx))) throw DeskError.of('forbidden', 'accounts.address.adminOnly');
  const parsed = parseServerAddress(input.url);
  if (!parsed.ok) throw issue('url', `accounts.address.${parsed.problem}`);
  const address = { url: parsed.url, ca: readCompanyCa(input.ca) };
  try {
    await serverLink.health(ctx, address);
  } catch (error) {
    if (error instanceof ServerUnreachable) throw issue('url', `accounts.address.${error.reason}`);
    if (error instanceof NotOurServer || error instanceof ServerRefusal) throw issue('url', 'accounts.address.notOurServer');
    throw error;
  }
  keepServerAddress(ctx, address);
  return serverStatus(ctx);
}

/** A different server knows different people: this desk's tokens and offline sign-ins are forgotten. */
function keepServerAddress(ctx: DeskContext, address: ServerAddress): void {
  const previous = readServerAddress(ctx.settings);
  if (previous && previous.url !== address.url) {
    writeTokens(ctx.settings, null);
    forgetAllOfflineAccounts(ctx);
  }
  writeServerAddress(ctx.settings, { url: address.url, ca: address.url === previous?.url ? (address.ca ?? previous.ca) : address.ca });
}

/** `--server URL` at start (npm start, tests): taken as given, checked when the sign-in page asks the server. */
export function presetServerAddress(ctx: DeskContext, typed: string): string {
  const parsed = parseServerAddress(typed);
  if (!parsed.ok) throw new Error(`--server ${typed}: ${parsed.problem === 'insecure' ? 'https:// is required except on this machine' : 'not a valid address'}`);
  keepServerAddress(ctx, { url: parsed.url, ca: null });
  return parsed.url;
}
