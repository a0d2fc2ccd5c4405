import type { z } from 'zod';
import { contract, isCallName, mayCall, type CallName } from '../shared/api/contract';
import type { ApiErrorBody, ApiResult, FieldIssue } from '../shared/api/errors';
import { CALLS_WHILE_LOCKED, type Agent } from '../shared/api/session';
import type { DeskContext } from './context';
import { DeskError } from './desk-error';
import { log } from './log';
import { handlers as defaultHandlers, type Handlers } from './handlers';
import { currentAgent } from './services/current-agent';


/** Calls a screen makes by itself on a timer (session check, server and sync status): not the person at work, so they never keep the desk unlocked. */
const POLLED_BY_SCREENS: readonly string[] = ['session.current', 'server.status', 'sync.status'];
export type Dispatch = (call: string, input: unknown) => Promise<ApiResult<unknown>>;

const fail = (error: ApiErrorBody): ApiResult<never> => ({ ok: false, error });

/** zod messages that are ours are i18n keys; anything else (a wrong type from a bad client) gets a generic key. */
function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    messageKey: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
}

/**
 * The one entry point for every call, over IPC and HTTP alike:
 * validate input → check the session's role → run the use case → validate output.
 */
export function createDispatcher(ctx: DeskContext, handlers: Handlers = defaultHandlers): Dispatch {
  return async (call, rawInput) => {
    if (!isCallName(call)) return fail({ code: 'not_found', messageKey: 'errors.unknownCall', params: { call } });
    // Everything inside: a schema that throws on hostile input, or an output that fails its check, is
    // logged and answered as an internal error, never a rejected promise (a 500 with nothing logged).
    try {
      const spec = contract[call];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return fail({ code: 'validation', messageKey: 'errors.validation', issues: toFieldIssues(parsed.error) });
      }
      const agent = currentAgent(ctx);
      if (agent && ctx.idleLock) {
        if (!CALLS_WHILE_LOCKED.includes(call) && ctx.idleLock.isLocked()) return fail({ code: 'locked', messageKey: 'accounts.errors.locked' });
        // Looking (session.current, polled) is not working; everything else the person does is.
        if (!POLLED_BY_SCREENS.includes(call)) ctx.idleLock.touch();
      }
      if (!mayCall(call, agent)) {
        return fail(agent ? { code: 'forbidden', messageKey: 'errors.forbidden' } : { code: 'unauthenticated', messageKey: 'errors.signInFirst' });
      }
      const handler = handlers[call] as (input: unknown, c: { ctx: DeskContext; agent: Agent | null }) => unknown;
      const value = await handler(parsed.data, { ctx, agent });
      return { ok: true, value: spec.output.parse(value) };
    } catch (error) {
      if (error instanceof DeskError) return fail(error.body);
      log('error', `[dispatcher] ${call as CallName} failed`, error);
      return fail({ code: 'internal', messageKey: 'errors.internal' });
    }
  };
}
