import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { LanguageSwitch } from '../../i18n/language-switch';
import { AttachmentLimitCard } from './attachment-limit-card';
import { CtiSettingsCard } from './cti-settings-card';
import { DeadlineSettingsCard } from './deadline-settings-card';
import { DisplaySettingsCard } from './display-settings-card';
import { IdleLockCard } from './idle-lock-card';
import { MyAvailabilityCard } from './my-availability-card';
import { PhraseBookCard } from './phrase-book-card';
import { ReminderSettingsCard } from './reminder-settings-card';
import { ReplyTemplatesCard } from './reply-templates-card';
import { SwitchAgentButton } from './switch-agent-button';

export function SettingsPage({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.language')} size="small">
        <LanguageSwitch />
      </Card>
      <DisplaySettingsCard />
      <Card title={t('settings.agent')} size="small" extra={<SwitchAgentButton />}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('session.name')}>{agent.name}</Descriptions.Item>
          <Descriptions.Item label={t('session.employeeNo')}>{agent.id}</Descriptions.Item>
          <Descriptions.Item label={t('session.role')}>{t(`session.roles.${agent.role}`)}</Descriptions.Item>
          {agent.teamName && <Descriptions.Item label={t('accounts.users.team')}>{`${agent.branchName ?? ''} · ${agent.teamName}`}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <MyAvailabilityCard agent={agent} />
      <IdleLockCard agent={agent} />
      <DeadlineSettingsCard agent={agent} />
      <PhraseBookCard agent={agent} />
      <ReminderSettingsCard />
      <ReplyTemplatesCard agent={agent} />
      <AttachmentLimitCard agent={agent} />
      <CtiSettingsCard />
    </Space>
  );
}
