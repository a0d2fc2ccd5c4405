import { Layout, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { LanguageSwitch } from '../../i18n/language-switch';

const NOTICES = {
  'browserToken.missing': 'browserToken.missingTitle',
  'errors.sessionExpired': 'browserToken.refusedTitle',
} as const;

/** Whether the desk refused the page for its token (none, or not the host's): shown instead of a sign-in form that could only fail. */
export function isTokenRefusal(error: ApiError | null): error is ApiError {
  return error !== null && error.body.code === 'unauthenticated' && error.body.messageKey in NOTICES;
}

/** Browser mode opened without its token, or with one the host no longer accepts: what to do, at once. */
export function TokenNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const title = NOTICES[error.body.messageKey as keyof typeof NOTICES];
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <LanguageSwitch />
      </div>
      <Result
        status="warning"
        title={t(title)}
        subTitle={<span data-testid="token-notice">{t('browserToken.whatToDo')}</span>}
        extra={<Typography.Text type="secondary">{t('browserToken.bookmark')}</Typography.Text>}
      />
    </Layout>
  );
}
