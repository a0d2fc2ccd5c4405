import type { BilingualName } from '../../shared/domain/assignment/assignment-rules';
import { useLanguageStore } from '../i18n/language-store';

/** A name an admin gave in both languages, in the UI's language. */
export function useBilingualName(): (name: BilingualName) => string {
  const language = useLanguageStore((s) => s.language);
  return (name) => (language === 'zh-CN' ? name.zh : name.en);
}
