import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../../shared/domain/complaint';
import {
  AnalysisDataSchema,
  DEMAND_STRENGTHS,
  EXTERNAL_FACTOR_KINDS,
  RESPONSIBILITY_AREAS,
  RESPONSIBILITY_LEVELS,
} from '../../../../../shared/domain/workflow/stage-data';
import { CheckGroupControl, RadioControl, TextControl } from '../../../../forms/form-controls';
import { analysisDefaults } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof AnalysisDataSchema>;

/** 问题分析: the demand and how strongly it is held, the company's responsibility, external factors, the root cause. */
export function AnalysisForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof AnalysisDataSchema>>({
    resolver: zodResolver(AnalysisDataSchema),
    defaultValues: analysisDefaults(complaint),
  });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  const options = (codes: readonly string[], prefix: string) => codes.map((c) => ({ value: c, label: t(`workflow.${prefix}.${c}`) }));
  return (
    <StageFormShell stage="analysis" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <TextControl control={control} name="customerDemand" label={t('workflow.fields.analysis.customerDemand')} required rows={2} autoFocus />
      <RadioControl control={control} name="demandStrength" label={t('workflow.fields.analysis.demandStrength')} required options={options(DEMAND_STRENGTHS, 'demandStrength')} />
      <Row gutter={12}>
        <Col span={10}>
          <RadioControl
            control={control}
            name="companyResponsibility.level"
            label={t('workflow.fields.analysis.responsibilityLevel')}
            required
            options={options(RESPONSIBILITY_LEVELS, 'responsibilityLevel')}
          />
        </Col>
        <Col span={14}>
          <CheckGroupControl
            control={control}
            name="companyResponsibility.areas"
            label={t('workflow.fields.analysis.responsibilityAreas')}
            options={options(RESPONSIBILITY_AREAS, 'responsibilityArea')}
          />
        </Col>
      </Row>
      <TextControl control={control} name="companyResponsibility.explanation" label={t('workflow.fields.analysis.responsibilityExplanation')} required rows={2} />
      <CheckGroupControl control={control} name="externalFactors.kinds" label={t('workflow.fields.analysis.externalFactorKinds')} options={options(EXTERNAL_FACTOR_KINDS, 'externalFactorKind')} />
      <TextControl control={control} name="externalFactors.explanation" label={t('workflow.fields.analysis.externalFactors')} required rows={2} />
      <TextControl control={control} name="rootCause" label={t('workflow.fields.analysis.rootCause')} required rows={2} />
    </StageFormShell>
  );
}
