import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, channelLabelKey } from '../../../shared/domain/channels';
import { Intake, type IntakeData, type IntakeInput } from '../../../shared/domain/intake';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { FormField } from '../../forms/form-field';
import { ComplaintTypeFields } from './complaint-type-fields';
import { useSaveShortcut } from './use-save-shortcut';

interface IntakeFormProps {
  defaultValues: IntakeInput;
  saving: boolean;
  /** Resolves with the desk's error when saving failed, so field issues land next to their fields. */
  onSave: (intake: IntakeData) => Promise<ApiErrorBody | null>;
}

const { TextArea } = Input;

/** Stage 1–2 capture, laid out to fit 1366×768 and filled top to bottom with Tab alone. */
export function IntakeForm({ defaultValues, saving, onSave }: IntakeFormProps) {
  const { t } = useTranslation();
  const form = useForm<IntakeInput, unknown, IntakeData>({ resolver: zodResolver(Intake), defaultValues, mode: 'onSubmit' });
  const { control, formState, setError, setValue } = form;
  const errors = formState.errors;
  const hasErrors = Object.keys(errors).length > 0;

  const save = useCallback(() => {
    void form.handleSubmit(async (intake) => {
      const error = await onSave(intake);
      error?.issues?.forEach((issue, i) =>
        setError(issue.path.join('.') as keyof IntakeInput, { type: 'server', message: issue.messageKey }, { shouldFocus: i === 0 }),
      );
    })();
  }, [form, onSave, setError]);
  useSaveShortcut(save);

  const text = (name: 'customerName' | 'contactPhone' | 'policyNumber', autoFocus = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Input id={`intake-${name}`} autoFocus={autoFocus} placeholder={t(`intake.placeholders.${name}`)} {...field} />
      )}
    />
  );
  const area = (name: 'description' | 'demand' | 'initialJudgement', rows: number) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <TextArea id={`intake-${name}`} rows={rows} placeholder={t(`intake.placeholders.${name}`)} {...field} />}
    />
  );

  return (
    <Form layout="vertical" component="div">
      <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={t('intake.title')}>
        {hasErrors && <Alert type="error" showIcon title={t('errors.validation')} style={{ marginBottom: 12 }} />}
        <Row gutter={16}>
          <Col span={10}>
            <Card size="small" title={t('intake.sections.caller')}>
              <Row gutter={12}>
                <Col span={12}>
                  <FormField label={t('intake.fields.customerName')} error={errors.customerName} required htmlFor="intake-customerName">
                    {text('customerName', true)}
                  </FormField>
                </Col>
                <Col span={12}>
                  <FormField label={t('intake.fields.contactPhone')} error={errors.contactPhone} required htmlFor="intake-contactPhone">
                    {text('contactPhone')}
                  </FormField>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col span={12}>
                  <FormField label={t('intake.fields.policyNumber')} error={errors.policyNumber} htmlFor="intake-policyNumber">
                    {text('policyNumber')}
                  </FormField>
                </Col>
                <Col span={12}>
                  <FormField label={t('intake.fields.callTime')} error={errors.callTime} required htmlFor="intake-callTime">
                    <Controller
                      control={control}
                      name="callTime"
                      render={({ field }) => (
                        <DatePicker
                          id="intake-callTime"
                          showTime
                          format="YYYY-MM-DD HH:mm"
                          style={{ width: '100%' }}
                          allowClear={false}
                          value={field.value ? dayjs(field.value) : null}
                          onChange={(value) => field.onChange(value ? value.format() : '')}
                          onBlur={field.onBlur}
                        />
                      )}
                    />
                  </FormField>
                </Col>
              </Row>
              <FormField label={t('intake.fields.channel')} error={errors.channel} required>
                <Controller
                  control={control}
                  name="channel"
                  render={({ field }) => (
                    <Radio.Group
                      value={field.value}
                      onChange={(event) => field.onChange(event.target.value)}
                      options={CHANNELS.map((code) => ({ value: code, label: t(channelLabelKey(code)) }))}
                    />
                  )}
                />
              </FormField>
              <ComplaintTypeFields control={control} errors={errors} setValue={setValue} />
            </Card>
          </Col>
          <Col span={14}>
            <Card size="small" title={t('intake.sections.complaint')}>
              <FormField label={t('intake.fields.description')} error={errors.description} required htmlFor="intake-description">
                {area('description', 5)}
              </FormField>
              <FormField label={t('intake.fields.demand')} error={errors.demand} required htmlFor="intake-demand">
                {area('demand', 2)}
              </FormField>
              <FormField label={t('intake.fields.initialJudgement')} error={errors.initialJudgement} htmlFor="intake-initialJudgement">
                {area('initialJudgement', 2)}
              </FormField>
            </Card>
          </Col>
        </Row>
        <Space style={{ marginTop: 14 }}>
          <Button type="primary" onClick={save} loading={saving}>
            {t('actions.save')}
          </Button>
          <Typography.Text type="secondary">{t('shortcuts.save')}</Typography.Text>
        </Space>
      </form>
    </Form>
  );
}
