import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';

/** Administration happens on the server: offline (or refused), say why instead of showing stale lists. */
export function OnlineOnly({ pending, error, onRetry, children }: { pending: boolean; error: ApiError | null; onRetry: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  if (pending) return <Spin />;
  if (error) {
    const offline = error.body.code === 'offline';
    return (
      <Alert
        type={offline ? 'info' : 'error'}
        showIcon
        data-testid="admin-unavailable"
        title={offline ? t('accounts.admin.offlineTitle') : t(error.body.messageKey, error.body.params)}
        description={offline ? t('accounts.admin.offlineText') : undefined}
        action={<Button onClick={onRetry}>{t('actions.retry')}</Button>}
      />
    );
  }
  return children;
}
