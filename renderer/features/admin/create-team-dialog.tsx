import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Select } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { may } from '../../../shared/domain/capabilities';
import { CreateTeamInputSchema, type Branch } from '../../../shared/org/organisation';
import type { User } from '../../../shared/org/user';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { AdminDialog } from './admin-dialog';
import { NullableSelect } from './nullable-select';
import { useResetOnOpen } from './use-reset-on-open';

type Values = z.input<typeof CreateTeamInputSchema>;
const EMPTY: Values = { name: '', branchId: '', leadId: null };

export const leadOptions = (users: readonly User[]) =>
  users.filter((user) => may(user, 'leadsTeam') && user.active).map((user) => ({ value: user.id, label: `${user.name} (${user.employeeNo})` }));

/** A team in a branch, optionally with its lead. */
export function CreateTeamDialog({ open, branches, users, onClose }: { open: boolean; branches: Branch[]; users: User[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useDeskMutation('admin.teams.create');
  const form = useForm<Values>({ resolver: zodResolver(CreateTeamInputSchema), defaultValues: EMPTY });
  useResetOnOpen(open, EMPTY, form.reset, create.reset);
  const submit = form.handleSubmit((values) =>
    create.mutate(values, { onSuccess: onClose, onError: (error) => applyApiIssues(error.body, form.setError) }),
  );
  const errors = form.formState.errors;
  return (
    <AdminDialog title={t('accounts.teams.create')} open={open} saving={create.isPending} error={create.error} onSubmit={() => void submit()} onClose={onClose}>
      <FormField label={t('accounts.teams.name')} error={errors.name} required htmlFor="team-name">
        <Controller control={form.control} name="name" render={({ field }) => <Input id="team-name" autoFocus {...field} />} />
      </FormField>
      <FormField label={t('accounts.teams.branch')} error={errors.branchId} required htmlFor="team-branch">
        <Controller
          control={form.control}
          name="branchId"
          render={({ field }) => (
            <Select id="team-branch" options={branches.map((b) => ({ value: b.id, label: b.name }))} value={field.value || undefined} onChange={field.onChange} />
          )}
        />
      </FormField>
      <FormField label={t('accounts.teams.lead')} error={errors.leadId} htmlFor="team-lead">
        <Controller
          control={form.control}
          name="leadId"
          render={({ field }) => (
            <NullableSelect id="team-lead" placeholder={t('accounts.teams.noLead')} options={leadOptions(users)} value={field.value} onChange={field.onChange} />
          )}
        />
      </FormField>
    </AdminDialog>
  );
}
