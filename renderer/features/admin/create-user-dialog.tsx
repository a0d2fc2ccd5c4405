import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Select } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Team } from '../../../shared/org/organisation';
import { CreateUserInputSchema } from '../../../shared/org/user';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { AdminDialog } from './admin-dialog';
import { NullableSelect } from './nullable-select';
import { useResetOnOpen } from './use-reset-on-open';
import { roleOptions, teamOptions } from './role-options';

type Values = z.input<typeof CreateUserInputSchema>;
const EMPTY: Values = { employeeNo: '', name: '', role: 'agent', teamId: null, password: '' };

/** A new person: 工号, name, role, team and a first password they are told in person. */
export function CreateUserDialog({ open, teams, onClose }: { open: boolean; teams: Team[]; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useDeskMutation('admin.users.create');
  const form = useForm<Values>({ resolver: zodResolver(CreateUserInputSchema), defaultValues: EMPTY });
  useResetOnOpen(open, EMPTY, form.reset, create.reset);
  const submit = form.handleSubmit((values) =>
    create.mutate(values, { onSuccess: onClose, onError: (error) => applyApiIssues(error.body, form.setError) }),
  );
  const errors = form.formState.errors;
  return (
    <AdminDialog title={t('accounts.users.create')} open={open} saving={create.isPending} error={create.error} onSubmit={() => void submit()} onClose={onClose}>
      <FormField label={t('session.employeeNo')} error={errors.employeeNo} required htmlFor="user-employeeNo">
        <Controller control={form.control} name="employeeNo" render={({ field }) => <Input id="user-employeeNo" autoFocus {...field} />} />
      </FormField>
      <FormField label={t('session.name')} error={errors.name} required htmlFor="user-name">
        <Controller control={form.control} name="name" render={({ field }) => <Input id="user-name" {...field} />} />
      </FormField>
      <FormField label={t('session.role')} error={errors.role} required htmlFor="user-role">
        <Controller control={form.control} name="role" render={({ field }) => <Select id="user-role" options={roleOptions(t)} {...field} />} />
      </FormField>
      <FormField label={t('accounts.users.team')} error={errors.teamId} htmlFor="user-team">
        <Controller
          control={form.control}
          name="teamId"
          render={({ field }) => (
            <NullableSelect id="user-team" placeholder={t('accounts.users.noTeam')} options={teamOptions(teams)} value={field.value} onChange={field.onChange} />
          )}
        />
      </FormField>
      <FormField label={t('accounts.users.firstPassword')} error={errors.password} required htmlFor="user-password">
        <Controller control={form.control} name="password" render={({ field }) => <Input.Password id="user-password" autoComplete="new-password" {...field} />} />
      </FormField>
    </AdminDialog>
  );
}
