import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { CONTACT_METHODS } from '../../../../../shared/domain/workflow/fields';
import { FeedbackDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { ConfirmControl, DateControl, RatingControl, SelectControl, TextControl } from '../../../../forms/form-controls';
import { RefuseSolutionDialog } from '../../actions/refuse-solution-dialog';
import { feedbackDefaults } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof FeedbackDataSchema>;

/** 解决方案反馈: receipt confirmed, result told, the rating and comments — or the customer refuses. */
export function FeedbackForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof FeedbackDataSchema>>({ resolver: zodResolver(FeedbackDataSchema), defaultValues: feedbackDefaults() });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  return (
    <StageFormShell
      stage="feedback"
      errors={form.formState.errors}
      error={error}
      pending={pending}
      onSubmit={submit}
      extra={<RefuseSolutionDialog complaint={complaint} />}
    >
      <ConfirmControl control={control} name="receiptConfirmed" label={t('workflow.fields.feedback.receiptConfirmed')} autoFocus />
      <Row gutter={12}>
        <Col span={12}>
          <DateControl control={control} name="resultTold.at" label={t('workflow.fields.feedback.resultToldAt')} required />
        </Col>
        <Col span={12}>
          <SelectControl
            control={control}
            name="resultTold.method"
            label={t('workflow.fields.feedback.resultToldMethod')}
            required
            options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`workflow.contactMethod.${m}`) }))}
          />
        </Col>
      </Row>
      <TextControl control={control} name="resultTold.content" label={t('workflow.fields.feedback.resultContent')} required rows={2} />
      <RatingControl control={control} name="satisfaction" label={t('workflow.fields.feedback.satisfaction')} required />
      <TextControl control={control} name="comments" label={t('workflow.fields.feedback.comments')} required rows={2} />
    </StageFormShell>
  );
}
