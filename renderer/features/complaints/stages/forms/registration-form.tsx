import { zodResolver } from '@hookform/resolvers/zod';
import { Col, Row } from 'antd';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { classify } from '../../../../../shared/domain/regulatory/classification';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Agent } from '../../../../../shared/api/session';
import { CHANNELS, channelLabelKey } from '../../../../../shared/domain/channels';
import type { Complaint } from '../../../../../shared/domain/complaint';
import { RegistrationDataSchema } from '../../../../../shared/domain/workflow/stage-data';
import { RadioControl, SelectControl, TextControl } from '../../../../forms/form-controls';
import { useRegulatorySettings } from '../../../../components/use-regulatory-settings';
import { RepresentationFields } from './representation-fields';
import { registrationDefaults } from '../stage-defaults';
import { StageFormShell } from '../stage-form-shell';
import { useAdvance } from '../use-advance';

type Values = z.input<typeof RegistrationDataSchema>;

/** 投诉登记: policy information, the demand, the channel and the registering handler. */
export function RegistrationForm({ complaint, agent }: { complaint: Complaint; agent: Agent | null }) {
  const { t } = useTranslation();
  const { regulatory, options } = useRegulatorySettings();
  const form = useForm<Values, unknown, z.output<typeof RegistrationDataSchema>>({
    resolver: zodResolver(RegistrationDataSchema),
    // A section switched away from (an organisation's fields, an agent's) leaves nothing behind: the schema refuses unknown fields.
    shouldUnregister: true,
    defaultValues: registrationDefaults(complaint, agent, regulatory.classification),
  });
  const { submit, pending, error } = useAdvance(form, complaint);
  const { control } = form;
  // The line follows the product typed (车险 → 机动车辆保险) until the agent picks one themselves.
  const productName = useWatch({ control, name: 'policy.productName' });
  useEffect(() => {
    if (form.getFieldState('lineCode').isDirty) return;
    const { complaintType, complaintSubtype } = complaint.intake;
    form.setValue('lineCode', classify({ complaintType, complaintSubtype, productName: productName ?? '', reasonCode: null, lineCode: null }, regulatory.classification).lineCode);
  }, [productName, form, complaint.intake, regulatory.classification]);
  return (
    <StageFormShell stage="registration" errors={form.formState.errors} error={error} pending={pending} onSubmit={submit}>
      <Row gutter={12}>
        <Col span={8}>
          <TextControl control={control} name="policy.policyNumber" label={t('workflow.fields.registration.policyNumber')} required autoFocus />
        </Col>
        <Col span={8}>
          <TextControl control={control} name="policy.productName" label={t('workflow.fields.registration.productName')} required />
        </Col>
        <Col span={8}>
          <TextControl control={control} name="policy.policyHolder" label={t('workflow.fields.registration.policyHolder')} />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <SelectControl control={control} name="reasonCode" label={t('regulatory.fields.reasonCode')} required options={options(regulatory.classification.reasons)} />
        </Col>
        <Col span={12}>
          <SelectControl control={control} name="lineCode" label={t('regulatory.fields.lineCode')} required options={options(regulatory.classification.lines)} />
        </Col>
      </Row>
      <TextControl control={control} name="demand" label={t('workflow.fields.registration.demand')} required rows={2} />
      <RadioControl
        control={control}
        name="channel"
        label={t('workflow.fields.registration.channel')}
        required
        options={CHANNELS.map((c) => ({ value: c, label: t(channelLabelKey(c)) }))}
      />
      <Row gutter={12}>
        <Col span={12}>
          <TextControl control={control} name="handlerName" label={t('workflow.fields.registration.handlerName')} required />
        </Col>
        <Col span={12}>
          <TextControl control={control} name="handlerEmployeeNo" label={t('workflow.fields.registration.handlerEmployeeNo')} required />
        </Col>
      </Row>
      <RepresentationFields control={control} complaintId={complaint.id} />
    </StageFormShell>
  );
}
