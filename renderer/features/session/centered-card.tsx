import { Card, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../i18n/language-switch';

/** The frame of the screens before work starts: first run, sign-in, the lock. */
export function CenteredCard({ hint, children, testId }: { hint: ReactNode; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 440 }} data-testid={testId}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
        {children}
      </Card>
    </Layout>
  );
}
