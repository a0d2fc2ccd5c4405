import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stageFieldLabelKey } from '../../../renderer/features/complaints/records/stage-field-labels';
import { stageRecordLines } from '../../../renderer/features/complaints/records/stage-record-format';
import { STAGES } from '../../../shared/domain/stages';
import { STAGE_DATA_SCHEMAS } from '../../../shared/domain/workflow/stage-data';
import { validStageData } from '../../support/workflow';
import { localeKeys, translator } from '../../support/locales';
import type { TFunction } from 'i18next';

/** The schema inside optional / default / refine wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else return current;
  }
}

/** Every field path of an object schema, as the stage forms and records spell them. */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => fieldPaths(field, prefix ? `${prefix}.${key}` : key));
}

describe('stage records as the complaint page and timeline show them', () => {
  let zh: TFunction;
  beforeAll(async () => {
    zh = await translator('zh-CN');
  });

  it('walks the schemas down to nested fields', () => {
    expect(fieldPaths(STAGE_DATA_SCHEMAS.analysis)).toContain('companyResponsibility.level');
    expect(fieldPaths(STAGE_DATA_SCHEMAS.solution)).toContain('customerConfirmation.at');
  });

  for (const language of ['zh-CN', 'en']) {
    it(`has a ${language} label for every field of every stage schema, so no raw key ever shows`, () => {
      const available = localeKeys(language);
      const missing = STAGES.flatMap((stage) =>
        fieldPaths(STAGE_DATA_SCHEMAS[stage]).filter(Boolean).map((path) => stageFieldLabelKey(stage, path)),
      ).filter((key) => !available.has(key));
      expect(missing).toEqual([]);
    });
  }

  it('labels nested fields by their own label, translates codes and leaves empty answers out', () => {
    const analysis = validStageData().analysis;
    const lines = stageRecordLines('analysis', { ...analysis, companyResponsibility: { ...analysis.companyResponsibility, level: 'partial', areas: ['process'] } }, zh);
    const byLabel = Object.fromEntries(lines.map((l) => [l.label, l.value]));
    expect(byLabel[zh('workflow.fields.analysis.responsibilityLevel')]).toBe(zh('workflow.responsibilityLevel.partial'));
    expect(byLabel[zh('workflow.fields.analysis.responsibilityAreas')]).toBe(zh('workflow.responsibilityArea.process'));
    expect(lines.every((l) => l.value !== '' && !l.label.includes('.'))).toBe(true);
  });

  it('says yes and no for ticked boxes and writes moments as the desk shows them', () => {
    const lines = stageRecordLines('feedback', { receiptConfirmed: true, resultTold: { at: '2026-11-25T10:00:00+08:00', method: 'phone', content: '' } }, zh);
    expect(lines).toEqual([
      { label: zh('workflow.fields.feedback.receiptConfirmed'), value: '是' },
      { label: zh('workflow.fields.feedback.resultToldAt'), value: expect.stringMatching(/^2026-11-25 \d\d:00$/) },
      { label: zh('workflow.fields.feedback.resultToldMethod'), value: zh('workflow.contactMethod.phone') },
    ]);
  });
});
