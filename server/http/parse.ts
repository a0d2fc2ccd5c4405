import type { z } from 'zod';
import type { OrgFieldIssue } from '../../shared/org/errors';
import { IdParamsSchema } from '../../shared/org/user';
import { Problem } from '../problem';

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A schema's own messages are keys (`validation.password.tooShort`, `templates.validation.titleRequired`); zod's defaults are prose, so use its code. */
const MESSAGE_KEY = /^(?:[a-z][A-Za-z]*\.)?validation\./;

function fieldIssues(error: z.ZodError): OrgFieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), code: 'unrecognized_keys' }));
    }
    const code = MESSAGE_KEY.test(issue.message) ? issue.message : issue.code;
    return [{ path: joinPath(issue.path), code }];
  });
}

/** Every body, params and query goes through here: the parsed value, or a 400 naming each refused field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, what = 'body'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldIssues(result.error);
  const names = fields.map((f) => `${f.path || '(root)'}: ${f.code}`).join('; ');
  throw new Problem('validation', `invalid ${what}: ${names}`, fields);
}

/** The `:id` of a path such as /users/:id, checked to be a UUID. */
export const idParamOf = (request: { params: unknown }): string => parse(IdParamsSchema, request.params, 'path').id;
