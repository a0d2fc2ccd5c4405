import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiErrorBody } from '../../shared/api/errors';

/** Puts the desk's field issues next to their fields; returns whether any field got one. */
export function applyApiIssues<T extends FieldValues>(error: ApiErrorBody, setError: UseFormSetError<T>): boolean {
  const issues = error.issues ?? [];
  issues.forEach((issue, i) => {
    setError(issue.path.join('.') as Path<T>, { type: 'server', message: issue.messageKey }, { shouldFocus: i === 0 });
  });
  return issues.length > 0;
}

/** The issues under one part of the call's input, with that part taken off their paths (the form's fields start below it). */
export function issuesWithin(error: ApiErrorBody, part: string): ApiErrorBody {
  const issues = error.issues?.filter((i) => i.path[0] === part).map((i) => ({ ...i, path: i.path.slice(1) }));
  return { ...error, issues };
}
