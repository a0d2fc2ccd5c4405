import type { ApiErrorBody } from '../../../shared/api/errors';

/** The desk's issues for `{ id, changes: {...} }` calls point into `changes`; the dialog's fields are the changes themselves. */
export function issuesUnderChanges(body: ApiErrorBody): ApiErrorBody {
  if (!body.issues) return body;
  return { ...body, issues: body.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'changes' ? issue.path.slice(1) : issue.path })) };
}
