import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { ExecutionDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { FieldList } from '../field-list';
import { ConfirmControl, DateControl, TextControl } from '../../../../forms/form-controls';
import { executionDefaults, nowMoment } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof ExecutionDataSchema>;

/** 解决方案执行: each measure with its department and person, the follow-ups, and the effect evaluation. */
export function ExecutionForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof ExecutionDataSchema>>({
    resolver: zodResolver(ExecutionDataSchema),
    defaultValues: executionDefaults(complaint),
  });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  return (
    <StageFormShell stage="execution" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <FieldList control={control} name="measures" label={t('workflow.fields.execution.measures')} newItem={() => ({ description: '', department: '', person: '' })}>
        {(i) => (
          <Row gutter={8}>
            <Col span={12}>
              <TextControl control={control} name={`measures.${i}.description`} label={t('workflow.fields.execution.measureDescription')} required autoFocus={i === 0} />
            </Col>
            <Col span={6}>
              <TextControl control={control} name={`measures.${i}.department`} label={t('workflow.fields.execution.department')} required />
            </Col>
            <Col span={6}>
              <TextControl control={control} name={`measures.${i}.person`} label={t('workflow.fields.execution.person')} />
            </Col>
          </Row>
        )}
      </FieldList>
      <FieldList control={control} name="followUps" label={t('workflow.fields.execution.followUps')} newItem={() => ({ at: nowMoment(), note: '' })}>
        {(i) => (
          <Row gutter={8}>
            <Col span={8}>
              <DateControl control={control} name={`followUps.${i}.at`} label={t('workflow.fields.execution.followUpAt')} required />
            </Col>
            <Col span={16}>
              <TextControl control={control} name={`followUps.${i}.note`} label={t('workflow.fields.execution.followUpNote')} required />
            </Col>
          </Row>
        )}
      </FieldList>
      <TextControl control={control} name="effectEvaluation.evaluation" label={t('workflow.fields.execution.effectEvaluation')} required rows={2} />
      <ConfirmControl control={control} name="effectEvaluation.problemSolved" label={t('workflow.fields.execution.problemSolved')} />
    </StageFormShell>
  );
}
