import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD, ScorecardSchema, scoreRecords, textsOf } from '../../../shared/domain/assist/scorecard';

describe('the 质检 scorecard', () => {
  it('passes a required statement found in any record and fails a forbidden phrase used, with what was found', () => {
    const scored = scoreRecords(DEFAULT_SCORECARD, ['已核实身份证件', '告知客户将于15日内答复', '客户说：你们保证赔吗？我答：肯定能赔']);
    expect(scored.results.map((r) => [r.id, r.passed, r.found])).toEqual([
      ['identity_verified', true, '核实身份'],
      ['deadline_told', true, '15日'],
      ['options_told', false, null],
      ['no_promises', false, '保证赔'],
    ]);
    expect(scored).toMatchObject({ score: 60, max: 100 });
    expect(scoreRecords(DEFAULT_SCORECARD, [])).toMatchObject({ score: 10, max: 100 });
  });

  it('reads every string of nested stage records', () => {
    expect(textsOf({ a: '一', b: [{ c: '二' }, 3, null], d: { e: '三' } })).toEqual(['一', '二', '三']);
  });

  it('accepts the default and refuses a repeated check, a bad code or an empty phrase list with its reason', () => {
    expect(ScorecardSchema.safeParse(DEFAULT_SCORECARD).success).toBe(true);
    const reasons = (card: unknown) => ScorecardSchema.safeParse(card).error?.issues.map((i) => i.message);
    const check = DEFAULT_SCORECARD.checks[0]!;
    expect(reasons({ checks: [check, check] })).toEqual(['assist.validation.scorecard.duplicate']);
    expect(reasons({ checks: [{ ...check, id: 'Bad id' }] })).toEqual(['assist.validation.scorecard.id']);
    expect(reasons({ checks: [{ ...check, phrases: [] }] })).toEqual(['assist.validation.scorecard.phrases']);
    expect(reasons({ checks: [{ ...check, extra: 1 }] })).toMatchObject([expect.any(String)]);
  });
});
