import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { CONTACT_METHODS } from '../../../../shared/domain/workflow/fields';
import { ContactInputSchema } from '../../../../shared/domain/workflow/first-contact';
import { DialogForm } from '../../../forms/dialog-form';
import { DateControl, SelectControl, TextControl } from '../../../forms/form-controls';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';
import { nowMoment } from '../stages/stage-defaults';
import { usePermission } from '../page/complaint-permissions';

type Values = z.input<typeof ContactInputSchema>;
const blank = (): Values => ({ contactedAt: nowMoment(), method: 'phone', note: '' });

/** The handler reached the complainant: when, how, what was said (the first such contact is the complaint's first contact). */
export function RecordContactDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('recordContact');
  const form = useForm<Values, unknown, z.output<typeof ContactInputSchema>>({ resolver: zodResolver(ContactInputSchema), defaultValues: blank() });
  const { save, pending, error } = useDialogMutation('complaints.recordContact', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.recordContact')}
      title={t('firstContact.dialog.title')}
      okText={t('firstContact.dialog.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset(blank())}
      testId="record-contact-dialog"
    >
      <Typography.Paragraph type="secondary">{t('firstContact.dialog.hint')}</Typography.Paragraph>
      <DateControl control={form.control} name="contactedAt" label={t('firstContact.dialog.contactedAt')} required autoFocus />
      <SelectControl
        control={form.control}
        name="method"
        label={t('firstContact.dialog.method')}
        required
        options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`workflow.contactMethod.${m}`) }))}
      />
      <TextControl control={form.control} name="note" label={t('firstContact.dialog.note')} rows={2} />
    </DialogForm>
  );
}
