import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenKeys, mergeLocaleFiles } from '../../../renderer/i18n/merge-locales';
import { contract } from '../../../shared/api/contract';
import { events } from '../../../shared/api/events';
import { ROLES } from '../../../shared/domain/actor';
import { Intake } from '../../../shared/domain/intake';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'renderer/i18n/locales');

function loadLocales() {
  const files: Record<string, Parameters<typeof mergeLocaleFiles>[0][string]> = {};
  for (const language of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, language))) {
      files[`./locales/${language}/${file}`] = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'));
    }
  }
  return mergeLocaleFiles(files);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Literal keys in code: 'validation.x.y', 'errors.x', t('intake.fields.x') … */
function keysUsedInCode(): string[] {
  const pattern = /['"`]((?:validation|errors|refusal|intake|complaints|detail|session|settings|nav|topbar|actions|shortcuts|app|timeline|unlock|browserToken|cti|calls|drafts|cheatSheet|stageRecords|status)\.[A-Za-z0-9_.]+)['"`]/g;
  const keys = new Set<string>();
  // workflow.*, deadline.* and stage.* are texts only in the renderer; elsewhere they name events and settings.
  const rendererPattern = new RegExp(pattern.source.replace('|status)', '|status|workflow|deadline|stage)'), 'g');
  const files = [...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'core'))].map((file) => [file, pattern] as const);
  for (const [file, filePattern] of [...files, ...sourceFiles(join(ROOT, 'renderer')).map((file) => [file, rendererPattern] as const)]) {
    for (const match of readFileSync(file, 'utf8').matchAll(filePattern)) {
      const key = match[1]!;
      if (!key.endsWith('.') && !(key in contract) && !(key in events)) keys.add(key);
    }
  }
  return [...keys];
}

describe('translations', () => {
  const locales = loadLocales();
  const zh = new Set(flattenKeys(locales['zh-CN']!));
  const en = new Set(flattenKeys(locales.en!));

  it('has every key in both zh-CN and English', () => {
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('has a text for every key the code uses', () => {
    // A key may also name a family of texts (workflow.contactMethod), completed in code with a code.
    const isFamily = (key: string) => [...zh].some((k) => k.startsWith(`${key}.`));
    const missing = keysUsedInCode().filter((key) => !zh.has(key) && !zh.has(`${key}_one`) && !isFamily(key));
    expect(missing).toEqual([]);
  });

  it('has a text for every message the intake schema can give', () => {
    const result = Intake.safeParse({ customerName: 'x'.repeat(60), description: 'x'.repeat(5000), demand: 'x'.repeat(3000), initialJudgement: 'x'.repeat(3000), policyNumber: '#', contactPhone: 'a' });
    const keys = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has a text for every code the workflow screens translate by name', () => {
    const families = [
      ...ROLES.map((r) => `session.roles.${r}`),
      ...['stage', 'status', 'complexity', 'assignee', 'endedAt', 'stages', 'extension', 'withdrawal', 'solutionRefusals'].map((f) => `timeline.field.${f}`),
      ...['closed', 'withdrawn'].map((s) => `workflow.ended.${s}`),
      ...['dueAt.asc', 'dueAt.desc', 'receivedAt.asc', 'receivedAt.desc'].map((o) => `workflow.queue.order.${o}`),
      ...['standardDays', 'complexDays', 'extensionDays'].map((f) => `deadline.settings.${f}`),
    ];
    expect(families.filter((key) => !zh.has(key) || !en.has(key))).toEqual([]);
  });

  it('refuses a key defined twice across files', () => {
    expect(() => mergeLocaleFiles({ './locales/en/a.json': { x: { y: '1' } }, './locales/en/b.json': { x: { y: '2' } } })).toThrow(/defines "x.y" again/);
  });
});
