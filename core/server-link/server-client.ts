import { hostname } from 'node:os';
import type { z } from 'zod';
import { SessionSchema, type Session } from '../../shared/org/auth';
import { OkAnswerSchema, OrgErrorBodySchema } from '../../shared/org/errors';
import { HealthSchema, type Health } from '../../shared/org/health';
import { API_PREFIX, orgPath, type OrgRoute } from '../../shared/org/routes';
import type { DeskContext } from '../context';
import { deskClientUuid } from './client-id';
import { httpDownload, httpRequest, type HttpAnswer, type HttpRequest } from './http-request';
import { httpLines } from './http-lines';
import { markReached, readServerAddress, readTokens, writeTokens, type ServerAddress } from './link-settings';
import { pendingSignOuts, rememberSignOut } from './pending-sign-outs';
import { NotOurServer, ServerRefusal } from './server-refusal';
import { signOutRevocation } from './sign-out-revocation';

const HEALTH_TIMEOUT_MS = 5_000;
const CALL_TIMEOUT_MS = 10_000;
/** The server reads every branch's rows before its export answers (so a failure is still a clean error): a year of complaints takes a while and is not a lost link. */
const DOWNLOAD_FIRST_BYTE_MS = 180_000;

type Method = HttpRequest['method'];

export interface ServerCall<T> {
  method: Method;
  route: OrgRoute | 'sync';
  id?: string;
  /** For route 'sync': the path under API_PREFIX (shared/sync/protocol.ts). */
  path?: string;
  body?: unknown;
  answer: z.ZodType<T>;
  /** How long the answer may take when the server works a while before answering (training a classifier). */
  timeoutMs?: number;
}

function urlOf(address: ServerAddress, call: ServerCall<unknown>): string {
  if (call.route === 'sync') return `${address.url}${API_PREFIX}${call.path ?? ''}`;
  return `${address.url}${orgPath(call.route, call.id === undefined ? {} : { id: call.id })}`;
}

/** What the link does when the server ends the session (refresh refused): the session module decides. */
export type OnSessionEnded = (ctx: DeskContext, employeeNo: string) => void;

function readAnswer<T>(answer: HttpAnswer, schema: z.ZodType<T>): T {
  if (answer.status >= 200 && answer.status < 300) {
    const parsed = schema.safeParse(answer.body);
    if (parsed.success) return parsed.data;
    throw new NotOurServer(answer.status);
  }
  const error = OrgErrorBodySchema.safeParse(answer.body);
  if (!error.success) throw new NotOurServer(answer.status);
  throw new ServerRefusal(answer.status, error.data.error);
}

async function send<T>(ctx: DeskContext, address: ServerAddress, call: ServerCall<T>, accessToken?: string): Promise<T> {
  const answer = await httpRequest({
    method: call.method,
    url: urlOf(address, call),
    body: call.body,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    ca: address.ca,
    timeoutMs: call.timeoutMs ?? (call.route === 'health' ? HEALTH_TIMEOUT_MS : CALL_TIMEOUT_MS),
  });
  markReached(ctx.settings, new Date());
  return readAnswer(answer, call.answer);
}

/** The one way the desk talks to the company server: every request goes through here. */
export function createServerLink(onSessionEnded: OnSessionEnded) {
  function address(ctx: DeskContext): ServerAddress {
    const stored = readServerAddress(ctx.settings);
    if (!stored) throw new ServerRefusal(0, { code: 'not_found', message: 'no server address set' });
    return stored;
  }

  async function refresh(ctx: DeskContext, at: ServerAddress): Promise<Session> {
    const tokens = readTokens(ctx.settings);
    if (!tokens) throw new ServerRefusal(401, { code: 'unauthenticated', message: 'not signed in online' });
    try {
      const session = await send(ctx, at, {
        method: 'POST',
        route: 'refresh',
        body: { refreshToken: tokens.refreshToken, clientId: deskClientUuid(ctx.db, tokens.employeeNo) },
        answer: SessionSchema,
      });
      writeTokens(ctx.settings, { employeeNo: session.profile.employeeNo, accessToken: session.accessToken, refreshToken: session.refreshToken });
      return session;
    } catch (error) {
      if (error instanceof ServerRefusal && (error.status === 401 || error.status === 403)) {
        onSessionEnded(ctx, tokens.employeeNo);
      }
      throw error;
    }
  }

  /**
   * A request as the signed-in person: with the stored access token, and once more with a refreshed one after a
   * 401. Signed in offline (no tokens): "offline" while the server is away, else "sign in online".
   */
  async function asSignedIn<T>(ctx: DeskContext, at: ServerAddress, attempt: (accessToken: string) => Promise<T>): Promise<T> {
    const tokens = readTokens(ctx.settings);
    if (tokens) {
      try {
        return await attempt(tokens.accessToken);
      } catch (error) {
        if (!(error instanceof ServerRefusal && error.status === 401)) throw error;
      }
    } else await send(ctx, at, { method: 'GET', route: 'health', answer: HealthSchema });
    const session = await refresh(ctx, at);
    return attempt(session.accessToken);
  }

  const signOuts = signOutRevocation(send);
  const settleSignOuts = signOuts.settle;
  const settleLater = signOuts.settleLater;

  return {
    /** Checks an address before it is stored: is a Complaint Desk server answering there? */
    health: async (ctx: DeskContext, at: ServerAddress): Promise<Health> => {
      const health = await send(ctx, at, { method: 'GET', route: 'health', answer: HealthSchema });
      if (readServerAddress(ctx.settings)?.url === at.url) settleLater(ctx);
      return health;
    },

    /** Signs in with this desk's client id for the person (the only id it may then sync with); settles sign-outs left over from offline. */
    login: async (ctx: DeskContext, employeeNo: string, password: string): Promise<Session> => {
      const session = await send(ctx, address(ctx), {
        method: 'POST',
        route: 'login',
        body: { employeeNo, password, clientId: deskClientUuid(ctx.db, employeeNo), deviceName: hostname().slice(0, 100) || 'desk' },
        answer: SessionSchema,
      });
      await settleSignOuts(ctx).catch(() => undefined);
      return session;
    },

    /**
     * Ends the session on the server (with its access token) and here: the desk drops its tokens at once;
     * a sign-out the server did not confirm (offline) is remembered and sent on the next contact with it.
     */
    logout: async (ctx: DeskContext): Promise<void> => {
      const tokens = readTokens(ctx.settings);
      writeTokens(ctx.settings, null);
      if (!tokens) return;
      rememberSignOut(ctx.settings, tokens);
      await settleSignOuts(ctx);
    },

    /** Sign-outs not yet confirmed by the server (for the tests and the status): none once settled. */
    pendingSignOuts: (ctx: DeskContext): number => pendingSignOuts(ctx.settings).length,

    /** A call as the signed-in person: a 401 refreshes the tokens once and tries again. */
    call: async <T>(ctx: DeskContext, call: ServerCall<T>): Promise<T> => {
      const at = address(ctx);
      const stored = readTokens(ctx.settings)?.accessToken;
      return asSignedIn(ctx, at, async (accessToken) => {
        const answer = await send(ctx, at, call, accessToken);
        if (accessToken === stored) settleLater(ctx);
        return answer;
      });
    },

    refresh: (ctx: DeskContext): Promise<Session> => refresh(ctx, address(ctx)),

    /**
     * A POST whose answer is a file, saved to `file` as the signed-in person (a 401 refreshes once):
     * the server's all-branches export. A refusal throws like call's; a broken transfer after a 2xx
     * began throws DownloadInterrupted.
     */
    download: async (ctx: DeskContext, path: string, body: unknown, file: string, options: { signal: AbortSignal; onBytes: (received: number) => void }): Promise<void> => {
      const at = address(ctx);
      const attempt = async (accessToken: string) => {
        const answer = await httpDownload({
          method: 'POST',
          url: `${at.url}${API_PREFIX}${path}`,
          body,
          headers: { authorization: `Bearer ${accessToken}` },
          ca: at.ca,
          timeoutMs: DOWNLOAD_FIRST_BYTE_MS,
          file,
          ...options,
        });
        markReached(ctx.settings, new Date());
        if (!answer.saved) readAnswer(answer, OkAnswerSchema);
      };
      return asSignedIn(ctx, at, attempt);
    },

    /**
     * A POST as the signed-in person whose answer is newline-delimited JSON, read line by line as it
     * arrives (the sync snapshot; a 401 refreshes once). A refusal throws like call's.
     */
    lines: async (ctx: DeskContext, path: string, body: unknown, options: { gzip?: boolean } = {}): Promise<AsyncGenerator<string>> => {
      const at = address(ctx);
      const attempt = async (accessToken: string) => {
        const answer = await httpLines({
          method: 'POST',
          url: `${at.url}${API_PREFIX}${path}`,
          body,
          headers: { authorization: `Bearer ${accessToken}` },
          ca: at.ca,
          timeoutMs: CALL_TIMEOUT_MS,
          gzip: options.gzip,
        });
        markReached(ctx.settings, new Date());
        if (answer.lines) return answer.lines;
        readAnswer(answer, OkAnswerSchema);
        throw new NotOurServer(answer.status);
      };
      return asSignedIn(ctx, at, attempt);
    },

    /** The address and a current access token, for a long-lived request (the sync poke stream). */
    streamAccess: (ctx: DeskContext): { address: ServerAddress; accessToken: string } | null => {
      const at = readServerAddress(ctx.settings);
      const tokens = readTokens(ctx.settings);
      return at && tokens ? { address: at, accessToken: tokens.accessToken } : null;
    },
  };
}

export type ServerLink = ReturnType<typeof createServerLink>;
