import { inspect } from 'node:util';
import { maskPersonalData } from '../shared/domain/mask-personal-data';

type Level = 'info' | 'warn' | 'error';

/** What a log line says about a value: errors with their stack and cause, objects in full, all masked. */
function describe(detail: unknown): string {
  return typeof detail === 'string' ? detail : inspect(detail, { depth: 4, breakLength: Infinity });
}

/**
 * The desk's log: a message and its detail (errors with their stack), with phone, ID and policy numbers
 * masked by the one rule in shared/domain/mask-personal-data, whatever an error message quotes.
 */
export function log(level: Level, message: string, detail?: unknown): void {
  if (detail === undefined) console[level](maskPersonalData(message));
  else console[level](maskPersonalData(message), maskPersonalData(describe(detail)));
}
