import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { activeEntries, pathOf, type ClassEntry } from '../../shared/domain/regulatory/classification';
import { regulatoryOf, type RegulatorySettings } from '../../shared/domain/regulatory/regulatory-settings';
import type { OrgSettings } from '../../shared/org/org-settings-schema';
import { useDeskQuery } from '../api/hooks';

/**
 * The organisation's regulatory settings as the desk last cached them (the seeds until then: the form never
 * waits on settings), the options a registration offers, and how to name a code in the agent's language.
 */
export function useRegulatorySettings(): {
  regulatory: RegulatorySettings;
  options: (list: readonly ClassEntry[]) => { value: string; label: string }[];
  codeLabel: (list: readonly ClassEntry[], code: string) => string;
} {
  const { i18n } = useTranslation();
  const query = useDeskQuery('org.settings.get', {});
  const regulatory = regulatoryOf((query.data as { settings: OrgSettings | null } | undefined)?.settings);
  const name = useCallback((e: ClassEntry) => (i18n.language === 'zh-CN' ? e.zh : e.en), [i18n.language]);
  const codeLabel = useCallback(
    (list: readonly ClassEntry[], code: string) => {
      const path = pathOf(list, code);
      return path.length > 0 ? path.map(name).join(' › ') : code;
    },
    [name],
  );
  const options = useCallback((list: readonly ClassEntry[]) => activeEntries(list).map((e) => ({ value: e.code, label: codeLabel(list, e.code) })), [codeLabel]);
  return { regulatory, options, codeLabel };
}
