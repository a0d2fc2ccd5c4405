import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { flattenKeys, mergeLocaleFiles } from '../../renderer/i18n/merge-locales';

type Tree = { [key: string]: string | Tree };
const LOCALES = join(import.meta.dirname, '../../renderer/i18n/locales');

/** Every locale file merged as the renderer merges them. */
export function mergedLocales(): Record<string, Tree> {
  const files: Record<string, Tree> = {};
  for (const language of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
      files[`./locales/${language}/${file}`] = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Tree;
    }
  }
  return mergeLocaleFiles(files);
}

export function localeKeys(language: string): Set<string> {
  return new Set(flattenKeys(mergedLocales()[language]!));
}

/** The renderer's texts in one language, with its interpolation settings. */
export async function translator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const merged = mergedLocales();
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { 'zh-CN': { translation: merged['zh-CN']! }, en: { translation: merged.en! } },
    lng: language,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n.t;
}
