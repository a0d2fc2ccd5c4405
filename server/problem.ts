import { ORG_ERROR_STATUS, type OrgErrorBody, type OrgErrorCode, type OrgFieldIssue } from '../shared/org/errors';

/** A refusal the server means to give: answered as `{ error: { code, message, … } }` with the code's status. */
export class Problem extends Error {
  readonly status: number;

  constructor(
    readonly code: OrgErrorCode,
    message: string,
    readonly fields?: OrgFieldIssue[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'Problem';
    this.status = ORG_ERROR_STATUS[code];
  }

  body(): OrgErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      },
    };
  }
}

export const fieldProblem = (path: string, code: string, message: string, errorCode: OrgErrorCode = 'validation') =>
  new Problem(errorCode, message, [{ path, code }]);
