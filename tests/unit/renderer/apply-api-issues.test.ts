import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { applyApiIssues, issuesWithin } from '../../../renderer/forms/apply-api-issues';
import type { ApiErrorBody } from '../../../shared/api/errors';

function recorder() {
  const calls: [string, { type: string; message: string }, { shouldFocus?: boolean } | undefined][] = [];
  const setError: UseFormSetError<FieldValues> = (name, error, options) =>
    void calls.push([name, { type: error.type ?? '', message: error.message ?? '' }, options]);
  return { calls, setError };
}

const invalid = (...issues: ApiErrorBody['issues'] & object): ApiErrorBody => ({ code: 'validation', messageKey: 'errors.validation', issues });

describe('the desk’s errors beside the fields they are about', () => {
  it('puts each validation issue on its field by path, focusing the first', () => {
    const { calls, setError } = recorder();
    const error = invalid(
      { path: ['notice', 'reason'], messageKey: 'validation.extension.reason.required' },
      { path: ['steps', 0, 'dueDate'], messageKey: 'validation.solution.stepDueDate.invalid' },
    );
    expect(applyApiIssues(error, setError)).toBe(true);
    expect(calls).toEqual([
      ['notice.reason', { type: 'server', message: 'validation.extension.reason.required' }, { shouldFocus: true }],
      ['steps.0.dueDate', { type: 'server', message: 'validation.solution.stepDueDate.invalid' }, { shouldFocus: false }],
    ]);
  });

  it('leaves a refusal (no field issues) to the form’s alert and sets no field', () => {
    const { calls, setError } = recorder();
    const refusal: ApiErrorBody = { code: 'refused', messageKey: 'refusal.complaint.notAssignee' };
    expect(applyApiIssues(refusal, setError)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('maps a stage’s issues from the call’s `data` onto the stage form’s own fields, dropping the rest', () => {
    const { calls, setError } = recorder();
    const error = invalid(
      { path: ['data', 'rootCause'], messageKey: 'validation.analysis.rootCause.required' },
      { path: ['baseVersion'], messageKey: 'validation.invalid' },
    );
    applyApiIssues(issuesWithin(error, 'data'), setError);
    expect(calls.map(([name, e]) => [name, e.message])).toEqual([['rootCause', 'validation.analysis.rootCause.required']]);
  });
});
