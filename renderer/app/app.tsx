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

/**
 * Messages (投诉 … 已保存 and the like) are plain text that opens at the top, over the top bar where the sync state
 * and 立即同步 sit: they let the pointer through, so a message never blocks a control beneath it, and never stays
 * there because the pointer rests on it (a message pauses while hovered: one that opened under a pointer left on
 * 立即同步 hid the button until the pointer moved).
 */
const MESSAGES = { styles: { root: { pointerEvents: 'none' as const } } };

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
        <AntApp message={MESSAGES}>
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        </AntApp>
      </DeskThemeProvider>
    </QueryClientProvider>
  );
}
