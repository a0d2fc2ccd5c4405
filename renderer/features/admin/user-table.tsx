import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/org/user';

/** People as the server lists them; `actions` adds the admin's buttons, a lead sees the list only. */
export function UserTable({ users, loading, actions }: { users: User[]; loading: boolean; actions?: (user: User) => ReactNode }) {
  const { t } = useTranslation();
  const columns: ColumnsType<User> = [
    { title: t('session.employeeNo'), dataIndex: 'employeeNo', width: 130 },
    { title: t('session.name'), dataIndex: 'name', width: 110 },
    { title: t('session.role'), dataIndex: 'role', width: 90, render: (role: User['role']) => t(`session.roles.${role}`) },
    {
      title: t('accounts.users.team'),
      key: 'team',
      render: (_: unknown, user) => (user.teamName ? `${user.branchName ?? ''} · ${user.teamName}` : t('accounts.users.noTeam')),
    },
    {
      title: t('accounts.users.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => (active ? <Tag color="green">{t('accounts.users.active')}</Tag> : <Tag>{t('accounts.users.inactive')}</Tag>),
    },
  ];
  if (actions) columns.push({ title: t('accounts.users.actions'), key: 'actions', render: (_: unknown, user) => actions(user) });
  return <Table<User> rowKey="id" size="small" columns={columns} dataSource={users} loading={loading} pagination={{ pageSize: 12, hideOnSinglePage: true }} />;
}
