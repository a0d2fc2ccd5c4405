import type { Complaint } from '../domain/complaint';
import type { CommandResult } from '../domain/commands/create-complaint';
import type { FieldConflict } from './protocol';

/**
 * Fields where a concurrent edit is never silently overwritten: the customer's contact details (the
 * intake), the solution and compensation, and the resolution. Both values are kept and a lead reviews.
 */
export const DESIGNATED_FIELDS: readonly string[] = ['intake', 'stages.solution', 'stages.feedback', 'stages.closure'];

export const isDesignated = (field: string) => DESIGNATED_FIELDS.includes(field);

type Doc = Record<string, unknown>;

export function fieldValue(complaint: Complaint, field: string): unknown {
  const [top, sub] = field.split('.') as [string, string | undefined];
  const value = (complaint as unknown as Doc)[top];
  return sub === undefined ? value : ((value as Doc | undefined)?.[sub] ?? null);
}

function withField(complaint: Complaint, field: string, value: unknown): Complaint {
  const [top, sub] = field.split('.') as [string, string | undefined];
  const doc = complaint as unknown as Doc;
  if (sub === undefined) return { ...doc, [top]: value } as unknown as Complaint;
  return { ...doc, [top]: { ...(doc[top] as Doc), [sub]: value } } as unknown as Complaint;
}

/** Per field: the server version that last changed it, and the client whose mutation did. */
export interface FieldState {
  versions: Record<string, number>;
  writers: Record<string, string>;
}

export interface Merged extends FieldState {
  complaint: Complaint;
  conflicts: FieldConflict[];
}

/**
 * The server's merge of one mutation's result, never by wall clock: a field only the mutation changed
 * applies; a field both sides changed (the server's version of it is newer than the mutation's base)
 * goes to the later arrival — this mutation — unless it is designated: then the server keeps its value,
 * and both values are returned as a conflict for review.
 */
export function mergeOnServer(
  before: Complaint,
  fields: FieldState,
  result: CommandResult,
  mutation: { clientId: string; baseVersions: Record<string, number> },
  conflictOf: (field: string) => Omit<FieldConflict, 'field' | 'serverValue' | 'deskValue'>,
): Merged {
  let complaint = result.complaint;
  const versions = { ...fields.versions };
  const writers = { ...fields.writers };
  const conflicts: FieldConflict[] = [];
  const changed = new Set(result.events.flatMap((e) => e.changes.map((c) => c.field)));
  for (const field of changed) {
    // A desk's own earlier pending edit of the field is not a concurrent change, only another client's is.
    const concurrent = (fields.versions[field] ?? 0) > (mutation.baseVersions[field] ?? 0) && fields.writers[field] !== mutation.clientId;
    if (concurrent && isDesignated(field)) {
      conflicts.push({ field, serverValue: fieldValue(before, field), deskValue: fieldValue(complaint, field), ...conflictOf(field) });
      complaint = withField(complaint, field, fieldValue(before, field));
    } else {
      versions[field] = complaint.version;
      writers[field] = mutation.clientId;
    }
  }
  return { complaint, versions, writers, conflicts };
}
