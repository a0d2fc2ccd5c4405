import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { WithdrawalInputSchema } from '../../../../shared/domain/workflow/withdraw';
import { DialogForm } from '../../../forms/dialog-form';
import { DateControl, TextControl } from '../../../forms/form-controls';
import { nowMoment } from '../stages/stage-defaults';
import { usePermission } from '../page/complaint-permissions';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';

type Values = z.input<typeof WithdrawalInputSchema>;

/** 撤诉: the customer withdraws; the procedure ends on the day the withdrawal was received. */
export function WithdrawDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('withdraw');
  const form = useForm<Values, unknown, z.output<typeof WithdrawalInputSchema>>({
    resolver: zodResolver(WithdrawalInputSchema),
    defaultValues: { receivedAt: nowMoment(), reason: '' },
  });
  const { save, pending, error } = useDialogMutation('complaints.withdraw', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.withdraw')}
      title={t('workflow.withdrawDialog.title')}
      okText={t('workflow.withdrawDialog.ok')}
      danger
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset({ receivedAt: nowMoment(), reason: '' })}
      testId="withdraw-dialog"
    >
      <Typography.Paragraph type="secondary">{t('workflow.withdrawDialog.hint')}</Typography.Paragraph>
      <DateControl control={form.control} name="receivedAt" label={t('workflow.fields.withdrawal.receivedAt')} required autoFocus />
      <TextControl control={form.control} name="reason" label={t('workflow.fields.withdrawal.reason')} required rows={3} />
    </DialogForm>
  );
}
