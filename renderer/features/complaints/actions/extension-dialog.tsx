import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { CONTACT_METHODS } from '../../../../shared/domain/workflow/fields';
import { ExtensionNoticeSchema } from '../../../../shared/domain/workflow/workflow-state';
import { DialogForm } from '../../../forms/dialog-form';
import { DateControl, SelectControl, TextControl } from '../../../forms/form-controls';
import { nowMoment } from '../stages/stage-defaults';
import { usePermission } from '../page/complaint-permissions';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';

/** Shaped like the call's input, so the desk's field issues (notice.reason …) land on the right field. */
const ExtensionFormSchema = z.object({ notice: ExtensionNoticeSchema });
type Values = z.input<typeof ExtensionFormSchema>;

const blank = (): Values => ({ notice: { toldAt: nowMoment(), method: 'phone', reason: '' } });

/** A team lead (or admin) approves 30 more days for an especially complex complaint, recording how the complainant was told. */
export function ExtensionDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('extendDeadline');
  const form = useForm<Values, unknown, z.output<typeof ExtensionFormSchema>>({ resolver: zodResolver(ExtensionFormSchema), defaultValues: blank() });
  const { save, pending, error } = useDialogMutation('complaints.extendDeadline', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.extendDeadline')}
      title={t('workflow.extensionDialog.title')}
      okText={t('workflow.extensionDialog.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset(blank())}
      testId="extension-dialog"
    >
      <Typography.Paragraph type="secondary">{t('workflow.extensionDialog.hint')}</Typography.Paragraph>
      <DateControl control={form.control} name="notice.toldAt" label={t('workflow.fields.extension.toldAt')} required autoFocus />
      <SelectControl
        control={form.control}
        name="notice.method"
        label={t('workflow.fields.extension.method')}
        required
        options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`workflow.contactMethod.${m}`) }))}
      />
      <TextControl control={form.control} name="notice.reason" label={t('workflow.fields.extension.reason')} required rows={3} />
    </DialogForm>
  );
}
