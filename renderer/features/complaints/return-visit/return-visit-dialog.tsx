import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { ReturnVisitFieldsSchema, returnVisitAnswersRule } from '../../../../shared/domain/workflow/return-visit';
import { SATISFACTION_LEVELS } from '../../../../shared/domain/workflow/return-visit-record';
import { DialogForm } from '../../../forms/dialog-form';
import { DateControl, RadioControl, TextControl } from '../../../forms/form-controls';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';
import { nowMoment } from '../stages/stage-defaults';
import { usePermission } from '../page/complaint-permissions';

/** The script's answers as the radios hold them (strings), checked by the domain's rule for a reached call. */
const FormSchema = z
  .object({
    attemptedAt: ReturnVisitFieldsSchema.shape.attemptedAt,
    satisfaction: z.enum(SATISFACTION_LEVELS, { error: 'validation.returnVisit.satisfaction.required' }).nullable(),
    acceptsResult: z.enum(['yes', 'no'], { error: 'validation.returnVisit.acceptsResult.required' }).nullable(),
    stillWants: z.string().trim().max(1000, { error: 'validation.returnVisit.stillWants.tooLong' }),
  })
  .superRefine((v, ctx) => returnVisitAnswersRule({ ...v, reached: true, acceptsResult: accepts(v.acceptsResult) }, ctx));
type Values = z.infer<typeof FormSchema>;
const accepts = (answer: Values['acceptsResult']) => (answer === null ? null : answer === 'yes');
const blank = (): Values => ({ attemptedAt: nowMoment(), satisfaction: null, acceptsResult: null, stillWants: '' });

/** 回访 reached: the short script — satisfied or not, accepts the result or not, what they still want. */
export function ReturnVisitDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('recordReturnVisit');
  const form = useForm<Values>({ resolver: zodResolver(FormSchema), defaultValues: blank() });
  const { save, pending, error } = useDialogMutation('complaints.recordReturnVisit', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
    reached: true,
    acceptsResult: accepts(values.acceptsResult),
  }));
  return (
    <DialogForm
      trigger={t('returnVisit.actions.reached')}
      title={t('returnVisit.dialog.title')}
      okText={t('returnVisit.dialog.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset(blank())}
      testId="return-visit-dialog"
    >
      <Typography.Paragraph type="secondary">{t('returnVisit.dialog.script')}</Typography.Paragraph>
      <DateControl control={form.control} name="attemptedAt" label={t('returnVisit.dialog.attemptedAt')} required />
      <RadioControl
        control={form.control}
        name="satisfaction"
        label={t('returnVisit.dialog.satisfaction')}
        required
        autoFocus
        options={SATISFACTION_LEVELS.map((s) => ({ value: s, label: t(`returnVisit.satisfaction.${s}`) }))}
      />
      <RadioControl
        control={form.control}
        name="acceptsResult"
        label={t('returnVisit.dialog.acceptsResult')}
        required
        options={[
          { value: 'yes', label: t('returnVisit.accepts.yes') },
          { value: 'no', label: t('returnVisit.accepts.no') },
        ]}
      />
      <TextControl control={form.control} name="stillWants" label={t('returnVisit.dialog.stillWants')} rows={2} max={1000} />
    </DialogForm>
  );
}
