import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { useDeskQuery } from '../../api/hooks';
import { OnlineOnly } from './online-only';
import { UserTable } from './user-table';

/** 团队: a lead sees the members of the team they lead (read-only; the server lists only that team). */
export function TeamPage({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const users = useDeskQuery('admin.users.list', {});
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('accounts.team.title', { team: agent.teamName ?? '' })}
      </Typography.Title>
      <OnlineOnly pending={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
        <UserTable users={users.data?.users ?? []} loading={false} />
      </OnlineOnly>
    </Space>
  );
}
