import { PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateBranchInputSchema, type CreateBranchInput, type Team } from '../../../shared/org/organisation';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { CreateTeamDialog, leadOptions } from './create-team-dialog';
import { RefusalNote } from './refusal-note';

/** 团队与分支机构: branches, the teams in them, and who leads each team. */
export function TeamsTab() {
  const { t } = useTranslation();
  const branches = useDeskQuery('admin.branches.list', {});
  const teams = useDeskQuery('admin.teams.list', {});
  const users = useDeskQuery('admin.users.list', {});
  const createBranch = useDeskMutation('admin.branches.create');
  const updateTeam = useDeskMutation('admin.teams.update');
  const [creatingTeam, setCreatingTeam] = useState(false);
  const branchForm = useForm<CreateBranchInput>({ resolver: zodResolver(CreateBranchInputSchema), defaultValues: { name: '' } });
  const submitBranch = branchForm.handleSubmit((values) =>
    createBranch.mutate(values, {
      onSuccess: () => branchForm.reset({ name: '' }),
      onError: (error) => applyApiIssues(error.body, branchForm.setError),
    }),
  );
  const userList = users.data?.users ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={t('accounts.teams.teams')} extra={<Button icon={<PlusOutlined />} onClick={() => setCreatingTeam(true)}>{t('accounts.teams.create')}</Button>}>
        <RefusalNote error={updateTeam.error} />
        <Table<Team>
          rowKey="id"
          size="small"
          loading={teams.isPending}
          dataSource={teams.data?.teams ?? []}
          pagination={false}
          columns={[
            { title: t('accounts.teams.name'), dataIndex: 'name' },
            { title: t('accounts.teams.branch'), dataIndex: 'branchName' },
            {
              title: t('accounts.teams.lead'),
              key: 'lead',
              width: 240,
              render: (_: unknown, team) => (
                <Select
                  aria-label={t('accounts.teams.setLead', { team: team.name })}
                  style={{ width: 220 }}
                  allowClear
                  placeholder={t('accounts.teams.noLead')}
                  options={leadOptions(userList)}
                  value={team.leadId ?? undefined}
                  onChange={(leadId?: string) => updateTeam.mutate({ id: team.id, changes: { leadId: leadId ?? null } })}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('accounts.teams.branches')}>
        <Table
          rowKey="id"
          size="small"
          loading={branches.isPending}
          dataSource={branches.data?.branches ?? []}
          pagination={false}
          columns={[{ title: t('accounts.teams.branchName'), dataIndex: 'name' }]}
        />
        <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submitBranch(event)} noValidate aria-label={t('accounts.teams.createBranch')} style={{ marginTop: 12 }}>
          <Space align="start">
            <FormField label={t('accounts.teams.branchName')} error={branchForm.formState.errors.name} htmlFor="branch-name">
              <Controller control={branchForm.control} name="name" render={({ field }) => <Input id="branch-name" style={{ width: 260 }} {...field} />} />
            </FormField>
            <Button htmlType="submit" loading={createBranch.isPending} style={{ marginTop: 26 }}>
              {t('accounts.teams.createBranch')}
            </Button>
          </Space>
        </form>
        </Form>
      </Card>
      <CreateTeamDialog open={creatingTeam} branches={branches.data?.branches ?? []} users={userList} onClose={() => setCreatingTeam(false)} />
    </Space>
  );
}
