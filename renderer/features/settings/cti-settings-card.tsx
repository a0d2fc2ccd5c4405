import { Alert, Button, Card, Descriptions, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { CopyableSnippet } from './copyable-snippet';
import { CtiPortForm } from './cti-port-form';
import { DialUrlForm } from './dial-url-form';

/** 软电话对接: where softphones post their call events, with snippets to paste into MicroSIP or a URL softphone. */
export function CtiSettingsCard() {
  const { t } = useTranslation();
  const settings = useDeskQuery('cti.settings', {});
  const update = useDeskMutation('cti.updateSettings');
  const cti = settings.data;
  return (
    <Card
      title={t('cti.settings.title')}
      size="small"
      loading={settings.isPending}
      data-testid="cti-settings"
      extra={
        <Popconfirm title={t('cti.settings.regenerateWarning')} onConfirm={() => update.mutate({ regenerateToken: true })}>
          <Button size="small" loading={update.isPending}>
            {t('cti.settings.regenerateToken')}
          </Button>
        </Popconfirm>
      }
    >
      {settings.error && <Alert type="error" showIcon title={t(settings.error.body.messageKey)} />}
      {cti && cti.downPort !== null && (
        <Alert
          type="error"
          showIcon
          data-testid="cti-endpoint-down"
          title={t('cti.downTitle', { port: cti.downPort })}
          description={t('cti.downDetail', { port: cti.downPort })}
          style={{ marginBottom: 12 }}
        />
      )}
      {cti && (
        <Descriptions column={1} size="small" styles={{ label: { width: 190 } }}>
          <Descriptions.Item label={t('cti.settings.port')}>
            <CtiPortForm port={cti.port} listeningPort={cti.listeningPort} down={cti.downPort !== null} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cti.settings.token')}>
            <Typography.Text code copyable={{ text: cti.token }}>
              {cti.token}
            </Typography.Text>
          </Descriptions.Item>
          {cti.endpointUrl && (
            <Descriptions.Item label={t('cti.settings.endpointUrl')}>
              <CopyableSnippet text={cti.endpointUrl} testId="cti-endpoint-url" />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('cti.settings.microsip')}>
            <CopyableSnippet text={cti.microsipSnippet} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cti.settings.urlSoftphone')}>
            <CopyableSnippet text={cti.urlSnippet} />
          </Descriptions.Item>
          {cti.curlExample && (
            <Descriptions.Item label={t('cti.settings.curl')}>
              <CopyableSnippet text={cti.curlExample} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('cti.settings.dialUrl')}>
            <DialUrlForm template={cti.dialUrlTemplate} />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
