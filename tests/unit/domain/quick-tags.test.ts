import { describe, expect, it } from 'vitest';
import { Intake } from '../../../shared/domain/intake';
import { validIntake } from '../../support/desk';

describe('quick tags on the intake', () => {
  it('are optional and keep the codes the agent clicked', () => {
    expect(Intake.parse(validIntake()).emotionTags).toBeUndefined();
    const parsed = Intake.parse({ ...validIntake(), emotionTags: ['angry', 'anxious'], demandTags: ['full_compensation'] });
    expect(parsed.emotionTags).toEqual(['angry', 'anxious']);
    expect(parsed.demandTags).toEqual(['full_compensation']);
  });

  it('refuse a code that is not on the list, with an i18n key', () => {
    const result = Intake.safeParse({ ...validIntake(), emotionTags: ['furious'], demandTags: ['a_pony'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['emotionTags.0', 'validation.emotionTags.invalid'],
      ['demandTags.0', 'validation.demandTags.invalid'],
    ]);
  });
});
