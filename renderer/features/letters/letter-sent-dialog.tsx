import { zodResolver } from '@hookform/resolvers/zod';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LetterSentSchema } from '../../../shared/domain/letters/letter-sent';
import type { LetterKind } from '../../../shared/domain/letters/letter-templates';
import type { TemplateLanguage } from '../../../shared/domain/templates/reply-templates';
import type { Permission } from '../../../shared/domain/workflow/allowed-actions';
import { CONTACT_METHODS } from '../../../shared/domain/workflow/fields';
import { DialogForm } from '../../forms/dialog-form';
import { DateControl, SelectControl } from '../../forms/form-controls';
import { useDialogMutation } from '../../forms/use-dialog-mutation';

type Values = z.input<typeof LetterSentSchema>;

/** Records that the notice went out (how, when): a timeline entry. */
export function LetterSentDialog({ complaintId, letter, language, permission }: { complaintId: string; letter: LetterKind; language: TemplateLanguage; permission: Permission }) {
  const { t } = useTranslation();
  const blank = (): Values => ({ letter, language, method: 'letter', sentAt: dayjs().format() });
  const form = useForm<Values, unknown, z.output<typeof LetterSentSchema>>({ resolver: zodResolver(LetterSentSchema), defaultValues: blank() });
  const { save, pending, error } = useDialogMutation('letters.recordSent', form, (values) => ({ complaintId, ...values, letter, language }));
  return (
    <DialogForm
      trigger={t('letters.recordSent')}
      title={t('letters.recordSentTitle', { letter: t(`letters.kind.${letter}`) })}
      okText={t('letters.recordSent')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset(blank())}
      testId={`letter-sent-dialog-${letter}`}
    >
      <DateControl control={form.control} name="sentAt" label={t('letters.fields.sentAt')} required autoFocus />
      <SelectControl control={form.control} name="method" label={t('letters.fields.method')} required options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`workflow.contactMethod.${m}`) }))} />
    </DialogForm>
  );
}
