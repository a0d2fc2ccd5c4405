import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../shared/api/session';
import { may } from '../../shared/domain/capabilities';
import { TeamMembers } from '../features/admin/team-members';
import { TeamPage } from '../features/team/team-page';

/** 团队: the team queue (leads and admins) and, for a lead, the team's members as the server lists them. */
export function TeamRoute({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  if (!may(agent, 'teamMembers')) return <TeamPage />;
  return (
    <Tabs
      items={[
        { key: 'queue', label: t('team.tabs.queue'), children: <TeamPage /> },
        { key: 'members', label: t('team.tabs.members'), children: <TeamMembers agent={agent} /> },
      ]}
    />
  );
}
