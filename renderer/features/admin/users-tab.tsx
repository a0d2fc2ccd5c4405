import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/org/user';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserTable } from './user-table';
import { RefusalNote } from './refusal-note';

/** 用户: create, edit (name, role, team), reset a password, deactivate and reactivate. */
export function UsersTab({ selfId }: { selfId: string | undefined }) {
  const { t } = useTranslation();
  const users = useDeskQuery('admin.users.list', {});
  const teams = useDeskQuery('admin.teams.list', {});
  const update = useDeskMutation('admin.users.update');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const teamList = teams.data?.teams ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        {t('accounts.users.create')}
      </Button>
      <RefusalNote error={update.error} />
      <UserTable
        users={users.data?.users ?? []}
        loading={users.isPending}
        actions={(user) => (
          <Space size={4}>
            <Button size="small" type="link" onClick={() => setEditing(user)}>
              {t('accounts.users.editAction')}
            </Button>
            <Button size="small" type="link" onClick={() => setResetting(user)}>
              {t('accounts.users.resetPassword')}
            </Button>
            {user.active ? (
              <Popconfirm
                title={t('accounts.users.deactivateConfirm', { name: user.name })}
                okText={t('accounts.users.deactivate')}
                cancelText={t('actions.cancel')}
                onConfirm={() => update.mutate({ id: user.id, changes: { active: false } })}
                disabled={user.id === selfId}
              >
                <Button size="small" type="link" danger disabled={user.id === selfId} title={user.id === selfId ? t('accounts.users.notYourself') : undefined}>
                  {t('accounts.users.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button size="small" type="link" onClick={() => update.mutate({ id: user.id, changes: { active: true } })}>
                {t('accounts.users.reactivate')}
              </Button>
            )}
          </Space>
        )}
      />
      <CreateUserDialog open={creating} teams={teamList} onClose={() => setCreating(false)} />
      <EditUserDialog user={editing} teams={teamList} onClose={() => setEditing(null)} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Space>
  );
}
