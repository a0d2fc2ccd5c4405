import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguageStore } from './language-store';
import type { Language } from './languages';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguageStore();
  return (
    <Segmented<Language>
      aria-label={t('topbar.language')}
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
