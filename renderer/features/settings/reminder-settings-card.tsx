import { Button, Card, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

/** Deadline reminders: mute them, and in a browser allow its notifications. */
export function ReminderSettingsCard() {
  const { t } = useTranslation();
  const settings = useDeskQuery('settings.reminders.get', {});
  const save = useDeskMutation('settings.reminders.set');
  const inBrowser = !window.complaintDesk && typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(inBrowser ? Notification.permission : 'granted');
  return (
    <Card title={t('reminders.settingsTitle')} size="small" data-testid="reminder-settings">
      <Space direction="vertical">
        <Space>
          <Switch
            checked={settings.data?.muted ?? false}
            loading={settings.isPending || save.isPending}
            onChange={(muted) => save.mutate({ muted })}
            aria-label={t('reminders.mute')}
            data-testid="reminders-mute"
          />
          <Typography.Text>{t('reminders.mute')}</Typography.Text>
        </Space>
        <Typography.Text type="secondary">{t('reminders.help')}</Typography.Text>
        {inBrowser && permission !== 'granted' && (
          <Space>
            <Button onClick={() => void Notification.requestPermission().then(setPermission)} disabled={permission === 'denied'}>
              {t('reminders.allow')}
            </Button>
            {permission === 'denied' && <Typography.Text type="warning">{t('reminders.denied')}</Typography.Text>}
          </Space>
        )}
      </Space>
    </Card>
  );
}
