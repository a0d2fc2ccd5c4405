import { Checkbox, DatePicker, Input, Radio, Rate, Select } from 'antd';
import dayjs from 'dayjs';
import { Controller, get, useFormState, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { STAGE_TEXT_MAX } from '../../../shared/domain/workflow/fields';
import { FormField } from '../../forms/form-field';

/** The props every stage-form control takes: where its value lives and what it is called. */
export interface ControlProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  autoFocus?: boolean;
}

export interface Option {
  value: string;
  label: string;
}

/** The field's id: stable, so labels, tests and applyApiIssues' focus all find it. */
export const fieldId = (name: string) => `wf-${name.replace(/\./g, '-')}`;

/** A list's own error (e.g. "at least one step") sits on `root` for field arrays, on the field otherwise. */
export function useFieldError<T extends FieldValues>(control: Control<T>, name: Path<T>): FieldError | undefined {
  const { errors } = useFormState({ control, name });
  const error = get(errors, name) as (FieldError & { root?: FieldError }) | undefined;
  return error?.message ? error : error?.root;
}

function Row<T extends FieldValues>({ control, name, label, required, children }: ControlProps<T> & { children: React.ReactNode }) {
  const error = useFieldError(control, name);
  return (
    <FormField label={label} error={error} required={required} htmlFor={fieldId(name)}>
      {children}
    </FormField>
  );
}

export function TextControl<T extends FieldValues>(props: ControlProps<T> & { rows?: number; placeholder?: string; max?: number }) {
  const { control, name, rows, autoFocus, placeholder, max = STAGE_TEXT_MAX } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) =>
          rows ? (
            <Input.TextArea id={fieldId(name)} autoFocus={autoFocus} rows={rows} placeholder={placeholder} count={{ show: true, max }} {...field} value={field.value ?? ''} />
          ) : (
            <Input id={fieldId(name)} autoFocus={autoFocus} placeholder={placeholder} {...field} value={field.value ?? ''} />
          )
        }
      />
    </Row>
  );
}

/** A moment with its offset (2026-03-01T10:00:00+08:00) or, with `dayOnly`, a calendar day. */
export function DateControl<T extends FieldValues>(props: ControlProps<T> & { dayOnly?: boolean }) {
  const { control, name, dayOnly, autoFocus } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <DatePicker
            id={fieldId(name)}
            autoFocus={autoFocus}
            showTime={!dayOnly}
            format={dayOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm'}
            style={{ width: '100%' }}
            value={field.value ? dayjs(field.value as string) : null}
            onChange={(value) => field.onChange(value ? (dayOnly ? value.format('YYYY-MM-DD') : value.format()) : '')}
            onBlur={field.onBlur}
          />
        )}
      />
    </Row>
  );
}

export function SelectControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  const { control, name, options, autoFocus } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Select id={fieldId(name)} autoFocus={autoFocus} options={options} value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      />
    </Row>
  );
}

export function RadioControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  const { control, name, options } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Radio.Group id={fieldId(name)} options={options} value={field.value} onChange={(e) => field.onChange(e.target.value)} />
        )}
      />
    </Row>
  );
}

export function CheckGroupControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  const { control, name, options } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => <Checkbox.Group options={options} value={field.value ?? []} onChange={field.onChange} />}
      />
    </Row>
  );
}

/** A box the agent must tick to confirm something happened; its label is the statement. */
export function ConfirmControl<T extends FieldValues>({ control, name, label, autoFocus }: ControlProps<T>) {
  const error = useFieldError(control, name);
  return (
    <FormField label="" error={error}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Checkbox id={fieldId(name)} autoFocus={autoFocus} checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)}>
            {label}
          </Checkbox>
        )}
      />
    </FormField>
  );
}

export function RatingControl<T extends FieldValues>(props: ControlProps<T>) {
  const { control, name } = props;
  return (
    <Row {...props}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => <Rate id={fieldId(name)} value={field.value ?? 0} onChange={field.onChange} />}
      />
    </Row>
  );
}
