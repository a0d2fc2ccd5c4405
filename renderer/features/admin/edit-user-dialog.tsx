import { zodResolver } from '@hookform/resolvers/zod';
import { Input, Select } from 'antd';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Team } from '../../../shared/org/organisation';
import { EntityIdSchema, PersonNameSchema, RoleSchema, type User } from '../../../shared/org/user';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { AdminDialog } from './admin-dialog';
import { NullableSelect } from './nullable-select';
import { useResetOnOpen } from './use-reset-on-open';
import { roleOptions, teamOptions } from './role-options';
import { issuesUnderChanges } from './server-issues';

const EditSchema = z.object({ name: PersonNameSchema, role: RoleSchema, teamId: EntityIdSchema.nullable() });
type Values = z.input<typeof EditSchema>;

/** Rename, change role, move to another team. */
export function EditUserDialog({ user, teams, onClose }: { user: User | null; teams: Team[]; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useDeskMutation('admin.users.update');
  const form = useForm<Values>({ resolver: zodResolver(EditSchema) });
  const values = useMemo(() => (user ? { name: user.name, role: user.role, teamId: user.teamId } : null), [user]);
  useResetOnOpen(user !== null, values, form.reset, update.reset);
  const submit = form.handleSubmit((changes) => {
    if (!user) return;
    update.mutate({ id: user.id, changes }, { onSuccess: onClose, onError: (error) => applyApiIssues(issuesUnderChanges(error.body), form.setError) });
  });
  const errors = form.formState.errors;
  return (
    <AdminDialog
      title={t('accounts.users.edit', { name: user?.name ?? '' })}
      open={user !== null}
      saving={update.isPending}
      error={update.error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormField label={t('session.name')} error={errors.name} required htmlFor="edit-user-name">
        <Controller control={form.control} name="name" render={({ field }) => <Input id="edit-user-name" autoFocus {...field} />} />
      </FormField>
      <FormField label={t('session.role')} error={errors.role} required htmlFor="edit-user-role">
        <Controller control={form.control} name="role" render={({ field }) => <Select id="edit-user-role" options={roleOptions(t)} {...field} />} />
      </FormField>
      <FormField label={t('accounts.users.team')} error={errors.teamId} htmlFor="edit-user-team">
        <Controller
          control={form.control}
          name="teamId"
          render={({ field }) => (
            <NullableSelect id="edit-user-team" placeholder={t('accounts.users.noTeam')} options={teamOptions(teams)} value={field.value} onChange={field.onChange} />
          )}
        />
      </FormField>
    </AdminDialog>
  );
}
