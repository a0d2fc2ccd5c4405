import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { SolutionRefusalInputSchema } from '../../../../shared/domain/workflow/refuse-solution';
import { DialogForm } from '../../../forms/dialog-form';
import { TextControl } from '../../../forms/form-controls';
import { usePermission } from '../page/complaint-permissions';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';

type Values = z.input<typeof SolutionRefusalInputSchema>;

/** At feedback: the customer does not accept the solution; it goes back to the solution stage with the reason. */
export function RefuseSolutionDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('refuseSolution');
  const form = useForm<Values, unknown, z.output<typeof SolutionRefusalInputSchema>>({
    resolver: zodResolver(SolutionRefusalInputSchema),
    defaultValues: { reason: '' },
  });
  const { save, pending, error } = useDialogMutation('complaints.refuseSolution', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.refuseSolution')}
      title={t('workflow.refuseDialog.title')}
      okText={t('workflow.refuseDialog.ok')}
      danger
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      testId="refuse-solution-dialog"
    >
      <Typography.Paragraph type="secondary">{t('workflow.refuseDialog.hint')}</Typography.Paragraph>
      <TextControl control={form.control} name="reason" label={t('workflow.fields.solutionRefusal.reason')} required rows={3} autoFocus />
    </DialogForm>
  );
}
