import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE } from './languages';
import { mergeLocaleFiles } from './merge-locales';
import { useLanguageStore } from './language-store';

const files = import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' });

export function initI18n(): void {
  const resources = mergeLocaleFiles(files as Parameters<typeof mergeLocaleFiles>[0]);
  void i18n.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(resources).map(([lng, tree]) => [lng, { translation: tree }])),
    lng: useLanguageStore.getState().language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  useLanguageStore.subscribe((state) => void i18n.changeLanguage(state.language));
}
