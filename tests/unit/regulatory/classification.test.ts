import { describe, expect, it } from 'vitest';
import { COMPLAINT_TYPES } from '../../../shared/domain/complaint-types';
import { ClassificationSchema, classify, classListProblem, pathOf, removedCodes, topCodeOf } from '../../../shared/domain/regulatory/classification';
import { parseClassificationImport } from '../../../shared/domain/regulatory/classification-import';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { denominatorOf, RegulatorySettingsSchema, DEFAULT_REGULATORY_SETTINGS } from '../../../shared/domain/regulatory/regulatory-settings';
import { OrgSettingsInputSchema, DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';

const c = DEFAULT_CLASSIFICATION;
const legacy = (complaintSubtype: string, productName: string | null, complaintType: keyof typeof COMPLAINT_TYPES = 'claims_dispute') =>
  classify({ complaintType, complaintSubtype, productName, reasonCode: null, lineCode: null }, c);

describe("the regulator's classification", () => {
  it('the seeds are valid settings, with the bulletin reasons and lines by name', () => {
    expect(ClassificationSchema.safeParse(c).success).toBe(true);
    expect(RegulatorySettingsSchema.safeParse(DEFAULT_REGULATORY_SETTINGS).success).toBe(true);
    expect(OrgSettingsInputSchema.safeParse(DEFAULT_ORG_SETTINGS_INPUT).success).toBe(true);
    const zh = (list: typeof c.reasons) => list.map((e) => e.zh);
    expect(zh(c.reasons)).toEqual(expect.arrayContaining(['理赔纠纷', '销售纠纷', '退保纠纷', '保单服务纠纷', '保全纠纷']));
    expect(zh(c.lines)).toEqual(
      expect.arrayContaining(['机动车辆保险', '普通人寿保险', '疾病保险', '意外伤害保险', '分红型人寿保险', '万能型人寿保险', '投资连结型保险', '企业财产保险', '责任保险']),
    );
  });

  it('maps every fixed subtype and type of today to a reason', () => {
    for (const [type, subtypes] of Object.entries(COMPLAINT_TYPES)) {
      expect(c.legacyReasons[type], type).toBeDefined();
      for (const subtype of subtypes) expect(c.legacyReasons[subtype], subtype).toBeDefined();
    }
  });

  it('classifies an old complaint by its subtype and product, a registered one by its codes', () => {
    expect(legacy('claim_amount', '安心驾车险')).toEqual({ reasonCode: 'claims.amount', lineCode: 'motor', source: 'mapped' });
    expect(legacy('surrender_amount', '金福分红型终身寿险', 'contract_clause')).toMatchObject({ reasonCode: 'surrender', lineCode: 'participating_life' });
    expect(legacy('misleading_sales', '鑫享万能型寿险', 'contract_clause')).toMatchObject({ reasonCode: 'sales.misleading', lineCode: 'universal_life' });
    expect(legacy('poor_attitude', '终身寿险', 'service_quality')).toMatchObject({ reasonCode: 'policy_service', lineCode: 'ordinary_life' });
    // An admin's extra subtype counts under its type's reason; an unknown product under the fallback line.
    expect(legacy('extra_code', null, 'claims_dispute')).toMatchObject({ reasonCode: 'claims', lineCode: 'other_line' });
    expect(classify({ complaintType: 'fraud', complaintSubtype: 'fraud_other', productName: '车险', reasonCode: 'sales', lineCode: 'accident' }, c)).toEqual({
      reasonCode: 'sales',
      lineCode: 'accident',
      source: 'registered',
    });
  });

  it('walks parents to the top code the tables count by', () => {
    expect(pathOf(c.reasons, 'claims.amount').map((e) => e.zh)).toEqual(['理赔纠纷', '理赔金额争议']);
    expect(topCodeOf(c.lines, 'motor')).toBe('property');
    expect(topCodeOf(c.lines, 'nope')).toBeNull();
  });

  it('refuses a list with a code twice, an unknown parent or a loop of parents', () => {
    expect(classListProblem([{ code: 'a', parent: null }, { code: 'a', parent: null }])).toBe('validation.classification.duplicate');
    expect(classListProblem([{ code: 'a', parent: 'b' }])).toBe('validation.classification.unknownParent');
    expect(classListProblem([{ code: 'a', parent: 'b' }, { code: 'b', parent: 'a' }])).toBe('validation.classification.parentLoop');
    expect(classListProblem([{ code: 'a', parent: 'a' }])).toBe('validation.classification.parentLoop');
  });

  it('refuses a mapping to a reason or line the lists do not have', () => {
    const bad = ClassificationSchema.safeParse({ ...c, legacyReasons: { claim_amount: 'nope' }, fallbackLine: 'nope' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['validation.classification.unknownReason', 'validation.classification.unknownLine']);
  });

  it('names the codes a new edition would drop (retire instead)', () => {
    const next = { ...c, reasons: c.reasons.filter((r) => r.code !== 'underwriting'), lines: c.lines.map((l) => (l.code === 'motor' ? { ...l, retired: true } : l)) };
    expect(removedCodes(c, next)).toEqual(['underwriting']);
  });

  it("finds a quarter's denominator for a branch, and the company's as the branches' sum when not entered", () => {
    const settings = {
      denominators: [
        { quarter: '2026-Q3', branch: '北京分公司', premiumYuan: 2e8, policies: 30_000, customers: 20_000 },
        { quarter: '2026-Q3', branch: '上海分公司', premiumYuan: 1e8, policies: 10_000, customers: 5_000 },
      ],
    };
    expect(denominatorOf(settings, '2026-Q3', '北京分公司')?.policies).toBe(30_000);
    expect(denominatorOf(settings, '2026-Q3', null)).toEqual({ quarter: '2026-Q3', branch: null, premiumYuan: 3e8, policies: 40_000, customers: 25_000 });
    expect(denominatorOf(settings, '2026-Q2', null)).toBeNull();
    expect(denominatorOf(settings, '2026-Q3', '广州分公司')).toBeNull();
  });
});

describe('loading codes as data (an admin imports Appendix A)', () => {
  it('reads CSV with code,name,parent — quoted cells, a BOM, a name for both languages', () => {
    const csv = '\uFEFFcode,name,parent\n01,理赔类,\n0101,"理赔金额, 时效",01\n02,销售类,\n';
    const result = parseClassificationImport(csv, 'csv');
    expect(result).toEqual({
      entries: [
        { code: '01', zh: '理赔类', en: '理赔类', parent: null },
        { code: '0101', zh: '理赔金额, 时效', en: '理赔金额, 时效', parent: '01' },
        { code: '02', zh: '销售类', en: '销售类', parent: null },
      ],
    });
  });

  it('reads JSON with zh and en', () => {
    const result = parseClassificationImport(JSON.stringify([{ code: 'A', zh: '甲', en: 'A kind' }, { code: 'A1', zh: '甲一', en: 'A one', parent: 'A' }]), 'json');
    expect('entries' in result && result.entries.map((e) => [e.code, e.en, e.parent])).toEqual([
      ['A', 'A kind', null],
      ['A1', 'A one', 'A'],
    ]);
  });

  it('answers every bad row with its number and loads nothing', () => {
    expect(parseClassificationImport('code,name,parent\n01,理赔,\n0 1,坏,\n03,,\n', 'csv')).toEqual({
      problems: [
        { row: 2, messageKey: 'validation.classification.code.invalid' },
        { row: 3, messageKey: 'validation.classification.name' },
      ],
    });
    expect(parseClassificationImport('code,name,parent\n01,理赔,99\n', 'csv')).toEqual({ problems: [{ row: 0, messageKey: 'validation.classification.unknownParent' }] });
    expect(parseClassificationImport('id,label\n1,x', 'csv')).toEqual({ problems: [{ row: 0, messageKey: 'validation.classificationImport.header' }] });
    expect(parseClassificationImport('{"code":"x"}', 'json')).toEqual({ problems: [{ row: 0, messageKey: 'validation.classificationImport.json' }] });
    expect(parseClassificationImport('[{"code":"x","name":"y","extra":1}]', 'json')).toEqual({ problems: [{ row: 1, messageKey: 'validation.classificationImport.row' }] });
    expect(parseClassificationImport('code,name\n', 'csv')).toEqual({ problems: [{ row: 0, messageKey: 'validation.classification.empty' }] });
  });
});
