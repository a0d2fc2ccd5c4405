import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { ContactInputSchema } from '../../../../shared/domain/workflow/contact';
import { DialogForm } from '../../../forms/dialog-form';
import { TextControl } from '../../../forms/form-controls';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';
import { usePermission } from '../page/complaint-permissions';

type Values = z.input<typeof ContactInputSchema>;

/** Correct the customer's name and phone after the call (the intake's contact details). */
export function ContactDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('advance');
  const current = { customerName: complaint.intake.customerName, contactPhone: complaint.intake.contactPhone };
  const form = useForm<Values, unknown, z.output<typeof ContactInputSchema>>({ resolver: zodResolver(ContactInputSchema), defaultValues: current });
  const { save, pending, error } = useDialogMutation('complaints.updateContact', form, (values) => ({ id: complaint.id, baseVersion: complaint.version, ...values }));
  return (
    <DialogForm
      trigger={t('sync.contact.edit')}
      title={t('sync.contact.title')}
      okText={t('sync.contact.save')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset(current)}
      testId="contact-dialog"
    >
      <TextControl control={form.control} name="customerName" label={t('intake.fields.customerName')} required autoFocus />
      <TextControl control={form.control} name="contactPhone" label={t('intake.fields.contactPhone')} required />
    </DialogForm>
  );
}
