import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { flattenKeys, mergeLocaleFiles } from '../../../renderer/i18n/merge-locales';
import { STAGES } from '../../../shared/domain/stages';
import { CONTACT_METHODS } from '../../../shared/domain/workflow/fields';
import { DEADLINE_STATES } from '../../../shared/domain/workflow/deadlines';
import {
  DEMAND_STRENGTHS,
  EXTERNAL_FACTOR_KINDS,
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_LEVELS,
} from '../../../shared/domain/workflow/stage-data';
import { COMPLEXITIES } from '../../../shared/domain/workflow/workflow-state';

const ROOT = join(__dirname, '../../..');
const LOCALES = join(ROOT, 'renderer/i18n/locales');
const LANGUAGES = ['zh-CN', 'en'];

type Tree = { [key: string]: string | Tree };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;

function mergedLocales(): Record<string, Tree> {
  const files: Record<string, Tree> = {};
  for (const language of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
      files[`./locales/${language}/${file}`] = readJson(join(LOCALES, language, file));
    }
  }
  return mergeLocaleFiles(files);
}

const BUILDER_SUFFIXES: Record<string, string[]> = {
  requiredText: ['required', 'tooLong'],
  optionalText: ['tooLong'],
  moment: ['invalid'],
  day: ['invalid'],
  confirmed: ['required'],
  nonEmptyList: ['required', 'tooMany'],
  contactMethod: ['required'],
  employeeNo: ['required', 'invalid'],
};

/** Every message key the workflow code can produce: literal keys plus those the field builders make. */
function keysUsedInSource(): string[] {
  const dir = join(ROOT, 'shared/domain/workflow');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const sources = [...files.map((f) => join(dir, f)), join(ROOT, 'shared/api/workflow.ts')].map((p) => readFileSync(p, 'utf8'));
  const keys = new Set<string>();
  for (const source of sources) {
    for (const [, key] of source.matchAll(/'((?:validation|refusal)\.[A-Za-z.]+)'/g)) keys.add(key!);
    for (const [, builder, scope, field] of source.matchAll(/\b(\w+)\(\s*'(\w+)\.(\w+)'/g)) {
      for (const suffix of BUILDER_SUFFIXES[builder!] ?? []) keys.add(`validation.${scope}.${field}.${suffix}`);
    }
    for (const [, field] of source.matchAll(/dayCount\('(\w+)'\)/g)) {
      keys.add(`validation.deadlines.${field}.required`).add(`validation.deadlines.${field}.range`);
    }
  }
  return [...keys].sort();
}

const LABEL_KEYS = [
  ...STAGES.map((s) => `stage.${s}`),
  ...DEADLINE_STATES.map((s) => `deadline.state.${s}`),
  ...COMPLEXITIES.map((c) => `workflow.complexity.${c}`),
  ...DEMAND_STRENGTHS.map((s) => `workflow.demandStrength.${s}`),
  ...RESPONSIBILITY_LEVELS.map((s) => `workflow.responsibilityLevel.${s}`),
  ...RESPONSIBILITY_AREAS.map((s) => `workflow.responsibilityArea.${s}`),
  ...EXTERNAL_FACTOR_KINDS.map((s) => `workflow.externalFactorKind.${s}`),
  ...CONTACT_METHODS.map((s) => `workflow.contactMethod.${s}`),
];

describe('workflow texts', () => {
  const merged = mergedLocales();

  it('finds the keys the workflow code uses', () => {
    const used = keysUsedInSource();
    expect(used).toContain('validation.analysis.rootCause.required');
    expect(used).toContain('refusal.transition.notFromStage');
    expect(used.length).toBeGreaterThan(100);
  });

  for (const language of LANGUAGES) {
    it(`${language} has a text for every key the workflow code uses and every label`, () => {
      const available = new Set(flattenKeys(merged[language]!));
      const missing = [...keysUsedInSource(), ...LABEL_KEYS].filter((key) => !available.has(key));
      expect(missing).toEqual([]);
    });
  }

  it('zh-CN and en workflow files have the same keys', () => {
    const [zh, en] = LANGUAGES.map((l) => flattenKeys(readJson(join(LOCALES, l, 'workflow.json'))).sort());
    expect(zh).toEqual(en);
  });

  it('uses the course’s Chinese stage names', () => {
    expect(merged['zh-CN']!.stage).toEqual({
      intake: '投诉受理',
      registration: '投诉登记',
      analysis: '问题分析',
      solution: '问题解决方案',
      execution: '解决方案执行',
      feedback: '解决方案反馈',
      closure: '投诉关闭',
    });
  });

  it('names the stages inside a refusal, translated', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { 'zh-CN': { translation: merged['zh-CN']! }, en: { translation: merged.en! } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    const params = { current: 'analysis', requested: 'solution' };
    expect(i18n.t('refusal.transition.notFromStage', params)).toContain('「问题分析」');
    expect(i18n.t('refusal.transition.notFromStage', params)).toContain('「问题解决方案」');
    expect(i18n.t('refusal.transition.notFromStage', { ...params, lng: 'en' })).toContain('at the Analysis stage');
  });
});
