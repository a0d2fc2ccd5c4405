import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { ClosureDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { TextControl } from '../../../../forms/form-controls';
import { closureDefaults } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { StringListControl } from '../../../../forms/string-list-control';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof ClosureDataSchema>;

/** 投诉关闭: how it was resolved, the lessons learned and the improvement measures; completing it closes the complaint. */
export function ClosureForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof ClosureDataSchema>>({ resolver: zodResolver(ClosureDataSchema), defaultValues: closureDefaults() });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  return (
    <StageFormShell stage="closure" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <TextControl control={control} name="resolution" label={t('workflow.fields.closure.resolution')} required rows={3} autoFocus />
      <TextControl control={control} name="lessonsLearned" label={t('workflow.fields.closure.lessonsLearned')} required rows={2} />
      <StringListControl control={control} name="improvementMeasures" label={t('workflow.fields.closure.improvementMeasures')} required />
    </StageFormShell>
  );
}
