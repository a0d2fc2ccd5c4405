import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeTaxonomy, findSubtype, type SubtypeOption, type Taxonomy } from '../../shared/domain/taxonomy';
import { useDeskQuery } from '../api/hooks';

/** Until the desk answers, the fixed subtypes: the form never waits on settings to be usable. */
const FIXED = mergeTaxonomy();

/** The complaint taxonomy (fixed subtypes plus the organisation's extras) and how to label a subtype. */
export function useTaxonomy(): { taxonomy: Taxonomy; subtypeLabel: (code: string) => string } {
  const { t, i18n } = useTranslation();
  const query = useDeskQuery('taxonomy.get', {});
  const taxonomy = (query.data as Taxonomy | undefined) ?? FIXED;
  const optionLabel = useCallback(
    (option: SubtypeOption) => (option.labelKey !== undefined ? t(option.labelKey) : i18n.language === 'zh-CN' ? option.zh : option.en),
    [i18n.language, t],
  );
  const subtypeLabel = useCallback(
    (code: string) => {
      const option = findSubtype(taxonomy, code);
      return option ? optionLabel(option) : code;
    },
    [optionLabel, taxonomy],
  );
  return { taxonomy, subtypeLabel };
}
