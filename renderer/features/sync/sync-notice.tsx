import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/hooks';

/** What the desk has to tell about its sync (pulled again from the start; the server refuses this desk's id), in the person's language. */
export function SyncNotice() {
  const { t, i18n } = useTranslation();
  const status = useDeskQuery('sync.status', {});
  const notice = status.data?.notice;
  if (!notice) return null;
  const time = new Date(notice.at).toLocaleString(i18n.language);
  return (
    <Alert
      type={notice.code === 'clientNotBound' ? 'error' : 'info'}
      showIcon
      title={t(`sync.notice.${notice.code}`, { time })}
      data-testid="sync-notice"
    />
  );
}
