import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useDeskQuery } from '../api/hooks';
import { useLanguageStore } from '../i18n/language-store';
import { deskTheme, type Contrast } from './theme';

/** antd's locale in the desk's language and the one theme in this desk's contrast (Settings → Display), for every screen. */
export function DeskThemeProvider({ children }: { children: ReactNode }) {
  const language = useLanguageStore((s) => s.language);
  const display = useDeskQuery('settings.display.get', {});
  const contrast: Contrast = display.data?.highContrast ? 'high' : 'standard';
  const theme = useMemo(() => deskTheme(contrast), [contrast]);
  useEffect(() => {
    document.documentElement.dataset.contrast = contrast;
  }, [contrast]);
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
