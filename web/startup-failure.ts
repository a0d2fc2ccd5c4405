import { isExplainedOpenFailure } from '../core/security/desk-open-failure';

/**
 * The one line the web host prints when it cannot start: what happened and what to do, no stack trace
 * for the failures a person can fix (a taken port, a key or passphrase problem, a newer database).
 */
export function startupFailure(error: unknown, context: { port: number }): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') {
    return `[web] Port ${context.port} on 127.0.0.1 is already in use (another Complaint Desk, or another program). Stop it, or start with --port N (0 picks a free port).`;
  }
  if (code === 'EACCES') return `[web] Not allowed to listen on port ${context.port}: choose another with --port N.`;
  if (isExplainedOpenFailure(error)) return error.message;
  if (error instanceof Error && error.message.startsWith('[web]')) return error.message;
  return `[web] Complaint Desk could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
