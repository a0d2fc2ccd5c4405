import { zodResolver } from '@hookform/resolvers/zod';
import { Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { IntakeCompletionSchema } from '../../../../../shared/domain/workflow/stage-data';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof IntakeCompletionSchema>;

/** 投诉受理: the call is captured; completing it hands the complaint on to registration. */
export function IntakeCompletionForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof IntakeCompletionSchema>>({ resolver: zodResolver(IntakeCompletionSchema), defaultValues: {} });
  const { submit, pending, error } = useAdvance(form, complaint);
  return (
    <StageFormShell stage="intake" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <Typography.Paragraph>{t('workflow.form.intakeDone')}</Typography.Paragraph>
    </StageFormShell>
  );
}
