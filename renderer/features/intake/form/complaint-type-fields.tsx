import { Col, Input, Row, Select } from 'antd';
import { Controller, useWatch, type Control, type FieldErrors, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_TYPE_CODES, complaintTypeLabelKey, isOtherSubtype } from '../../../../shared/domain/complaint-types';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { useTaxonomy } from '../../../components/use-taxonomy';
import { FormField } from '../../../forms/form-field';
import { replayTypedAhead, takeTypeAhead } from '../../../forms/type-ahead';
import { NO_SUBTYPE } from './intake-defaults';

interface Props {
  control: Control<IntakeInput>;
  errors: FieldErrors<IntakeInput>;
  setValue: UseFormSetValue<IntakeInput>;
}

/** Type, then the subtypes of that type; typing filters, Enter picks. */
export function ComplaintTypeFields({ control, errors, setValue }: Props) {
  const { t } = useTranslation();
  const { taxonomy, subtypeLabel } = useTaxonomy();
  const type = useWatch({ control, name: 'complaintType' });
  const subtype = useWatch({ control, name: 'complaintSubtype' });
  const subtypeOptions = type ? taxonomy[type].map(({ code }) => ({ value: code, label: subtypeLabel(code) })) : [];
  return (
    <Row gutter={12}>
      <Col span={12}>
        <FormField label={t('intake.fields.complaintType')} error={errors.complaintType} required htmlFor="intake-complaintType">
          <Controller
            control={control}
            name="complaintType"
            render={({ field }) => (
              <Select
                id="intake-complaintType"
                ref={field.ref}
                value={field.value ?? null}
                onBlur={field.onBlur}
                onChange={(value) => {
                  field.onChange(value);
                  setValue('complaintSubtype', NO_SUBTYPE);
                }}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('intake.placeholders.complaintType')}
                options={COMPLAINT_TYPE_CODES.map((code) => ({ value: code, label: t(complaintTypeLabelKey(code)) }))}
              />
            )}
          />
        </FormField>
      </Col>
      <Col span={12}>
        <FormField label={t('intake.fields.complaintSubtype')} error={errors.complaintSubtype} required htmlFor="intake-complaintSubtype">
          <Controller
            control={control}
            name="complaintSubtype"
            render={({ field }) => (
              <Select
                id="intake-complaintSubtype"
                ref={field.ref}
                value={field.value ?? null}
                onBlur={field.onBlur}
                onChange={field.onChange}
                onFocus={(event) => {
                  // The search typed right after Alt+1…Alt+4 (renderer/forms/type-ahead.ts).
                  const { text } = takeTypeAhead();
                  if (text && event.target instanceof HTMLInputElement) replayTypedAhead(event.target, text);
                }}
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!type}
                placeholder={t(type ? 'intake.placeholders.complaintSubtypeChoose' : 'intake.placeholders.complaintSubtype')}
                options={subtypeOptions}
                // Subtypes such as 代理人误导销售（销售误导） are read whole: the open list grows to the longest one.
                popupMatchSelectWidth={false}
                styles={{ popup: { root: { minWidth: 260 } } }}
              />
            )}
          />
        </FormField>
      </Col>
      {isOtherSubtype(subtype) && (
        <Col span={24}>
          <FormField label={t('intake.subtypeDetail')} error={errors.subtypeDetail} required htmlFor="intake-subtypeDetail">
            <Controller
              control={control}
              name="subtypeDetail"
              render={({ field }) => (
                <Input id="intake-subtypeDetail" maxLength={100} placeholder={t('intake.subtypeDetailPlaceholder')} {...field} value={field.value ?? ''} />
              )}
            />
          </FormField>
        </Col>
      )}
    </Row>
  );
}
