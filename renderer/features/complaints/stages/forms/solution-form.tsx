import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { CONTACT_METHODS } from '../../../../../shared/domain/workflow/fields';
import { SolutionDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { ConfirmControl, DateControl, SelectControl, TextControl } from '../../../../forms/form-controls';
import { FieldList } from '../field-list';
import { solutionDefaults, today } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof SolutionDataSchema>;

/** 问题解决方案: the chosen option, dated steps, feasibility and risks, and the customer's confirmation. */
export function SolutionForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof SolutionDataSchema>>({ resolver: zodResolver(SolutionDataSchema), defaultValues: solutionDefaults(complaint) });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  return (
    <StageFormShell stage="solution" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <TextControl control={control} name="chosenOption" label={t('workflow.fields.solution.chosenOption')} required rows={2} autoFocus />
      <FieldList control={control} name="steps" label={t('workflow.fields.solution.steps')} newItem={() => ({ description: '', dueDate: today() })}>
        {(i) => (
          <Row gutter={8}>
            <Col span={16}>
              <TextControl control={control} name={`steps.${i}.description`} label={t('workflow.fields.solution.stepDescription')} required />
            </Col>
            <Col span={8}>
              <DateControl control={control} name={`steps.${i}.dueDate`} label={t('workflow.fields.solution.stepDueDate')} required dayOnly />
            </Col>
          </Row>
        )}
      </FieldList>
      <Row gutter={12}>
        <Col span={12}>
          <TextControl control={control} name="feasibility.assessment" label={t('workflow.fields.solution.feasibility')} required rows={2} />
        </Col>
        <Col span={12}>
          <TextControl control={control} name="feasibility.risks" label={t('workflow.fields.solution.risks')} rows={2} />
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        <Col span={8}>
          <ConfirmControl control={control} name="customerConfirmation.confirmed" label={t('workflow.fields.solution.customerConfirmation')} />
        </Col>
        <Col span={8}>
          <DateControl control={control} name="customerConfirmation.at" label={t('workflow.fields.solution.confirmedAt')} required />
        </Col>
        <Col span={8}>
          <SelectControl
            control={control}
            name="customerConfirmation.method"
            label={t('workflow.fields.solution.confirmationMethod')}
            required
            options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`workflow.contactMethod.${m}`) }))}
          />
        </Col>
      </Row>
    </StageFormShell>
  );
}
