import type { ApiErrorBody, ApiErrorCode } from '../shared/api/errors';
import type { Refusal } from '../shared/domain/refusal';

/** An expected failure of a use case, carried to the UI as an ApiErrorBody with an i18n key. */
export class DeskError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(`${body.code}: ${body.messageKey}`);
    this.name = 'DeskError';
  }

  static of(code: ApiErrorCode, messageKey: string, params?: ApiErrorBody['params']): DeskError {
    return new DeskError(params ? { code, messageKey, params } : { code, messageKey });
  }

  static refused(refusal: Refusal): DeskError {
    return DeskError.of('refused', refusal.messageKey, refusal.params);
  }
}
