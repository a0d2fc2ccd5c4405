import { Input } from 'antd';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTAKE_TEXT_LIMITS, type IntakeInput } from '../../../../shared/domain/intake';
import { FormField } from '../../../forms/form-field';

interface Props {
  control: Control<IntakeInput>;
  errors: FieldErrors<IntakeInput>;
}

/** What happened and what the customer wants, in their words. */
export function ComplaintSection({ control, errors }: Props) {
  const { t } = useTranslation();
  const area = (name: 'description' | 'demand' | 'initialJudgement', rows: number, required = false) => (
    <FormField label={t(`intake.fields.${name}`)} error={errors[name]} required={required} htmlFor={`intake-${name}`}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          // The counter turns red past the limit instead of cutting a paste short: the agent decides what goes.
          <Input.TextArea id={`intake-${name}`} rows={rows} placeholder={t(`intake.placeholders.${name}`)} count={{ show: true, max: INTAKE_TEXT_LIMITS[name] }} {...field} />
        )}
      />
    </FormField>
  );
  return (
    <div data-intake-section="complaint">
      {area('description', 6, true)}
      {area('demand', 3, true)}
      {area('initialJudgement', 3)}
    </div>
  );
}
