import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../../shared/api/server-link';
import { formatDateTime } from '../../components/format-date-time';

/** On the sign-in page: which server, and — calmly — that it cannot be reached and since when. */
export function ServerStateNote({ status }: { status: ServerStatus | undefined }) {
  const { t } = useTranslation();
  if (!status?.url) return null;
  if (status.online !== false) {
    return (
      <Typography.Paragraph type="secondary" data-testid="server-state">
        {t('accounts.signIn.server', { url: status.url })}
      </Typography.Paragraph>
    );
  }
  const last = status.lastReachedAt ? formatDateTime(status.lastReachedAt) : t('accounts.signIn.never');
  return (
    <Alert
      type="info"
      showIcon
      data-testid="server-state"
      style={{ marginBottom: 12 }}
      title={t('accounts.signIn.offlineTitle')}
      description={t('accounts.signIn.offlineText', { url: status.url, last })}
    />
  );
}
