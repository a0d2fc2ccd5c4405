import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';

/** Why a change was refused, where it was asked for. */
export function RefusalNote({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={t(error.body.messageKey, error.body.params)} />;
}
