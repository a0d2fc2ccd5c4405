import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { HashRouter } from 'react-router';
import { ApiError } from '../api/client';
import { queryGroups } from '../api/query-keys';
import { useLanguageStore } from '../i18n/language-store';
import { AppRoutes } from './routes';
import { DeskThemeProvider } from './desk-theme-provider';
import { useDialogFocusWrap } from './use-dialog-focus-wrap';

/** A call refused because the desk locked (idle timeout): show the lock screen at once. */
function onCallError(error: unknown): void {
  if (error instanceof ApiError && error.body.code === 'locked') void queryClient.invalidateQueries({ queryKey: queryGroups.session });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCallError }),
  mutationCache: new MutationCache({ onError: onCallError }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  const language = useLanguageStore((s) => s.language);
  useDialogFocusWrap();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <DeskThemeProvider>
        <AntApp>
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        </AntApp>
      </DeskThemeProvider>
    </QueryClientProvider>
  );
}
