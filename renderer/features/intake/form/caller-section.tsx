import { Col, DatePicker, Input, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Controller, useController, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, channelLabelKey } from '../../../../shared/domain/channels';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { FormField } from '../../../forms/form-field';
import { takeTypeAhead } from '../../../forms/type-ahead';

interface Props {
  control: Control<IntakeInput>;
  errors: FieldErrors<IntakeInput>;
  /** Leaving the number, the policy or the identity number: time to look for an open complaint of this customer. */
  onIdentityBlur: () => void;
  /** False for the first frame of a screen-pop: only name and number, the rest a frame later. */
  complete?: boolean;
}

/** Who is calling: name, number (filled in by a screen-pop), policy, identity number, when, and how they reached us. */
export function CallerSection({ control, errors, onIdentityBlur, complete = true }: Props) {
  const { t } = useTranslation();
  const name = useController({ control, name: 'customerName' }).field;
  // The name typed right after Ctrl+N / Alt+N / Alt+J, before the form was there (renderer/forms/type-ahead.ts): the
  // field has the focus from its first commit (autoFocus), so it shows the keys before the next one arrives; the
  // form learns them once its fields are registered (an earlier change would be reset to the default).
  const typedName = useRef<string | null>(null);
  useLayoutEffect(() => {
    const input = document.getElementById('intake-customerName');
    if (!(input instanceof HTMLInputElement) || document.activeElement !== input) return;
    const { text: typed } = takeTypeAhead();
    if (!typed) return;
    input.value = `${typed}${input.value}`;
    input.setSelectionRange(input.value.length, input.value.length);
    typedName.current = input.value;
  }, []);
  const setName = name.onChange;
  useEffect(() => {
    const input = document.getElementById('intake-customerName');
    if (typedName.current !== null && input instanceof HTMLInputElement) setName(input.value);
    typedName.current = null;
    // Only on the form's first commit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const text = (name: 'customerName' | 'contactPhone' | 'policyNumber' | 'idNumber', autoFocus = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Input
          id={`intake-${name}`}
          autoFocus={autoFocus}
          placeholder={t(`intake.placeholders.${name}`)}
          {...field}
          onBlur={() => {
            field.onBlur();
            if (name !== 'customerName') onIdentityBlur();
          }}
        />
      )}
    />
  );
  return (
    <div data-intake-section="caller">
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
      {complete && (
        <>
          <Row gutter={12}>
            <Col span={12}>
              <FormField label={t('intake.fields.policyNumber')} error={errors.policyNumber} htmlFor="intake-policyNumber">
                {text('policyNumber')}
              </FormField>
            </Col>
            <Col span={12}>
              {/* Optional: with the phone, how a repeat complaint of the same customer is recognised (repeat-complaint.ts). */}
              <FormField label={t('intake.fields.idNumber')} error={errors.idNumber} htmlFor="intake-idNumber">
                {text('idNumber')}
              </FormField>
            </Col>
          </Row>
          <Row gutter={12}>
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
        </>
      )}
    </div>
  );
}
