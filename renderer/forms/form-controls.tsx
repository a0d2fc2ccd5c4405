import { Checkbox, DatePicker, Input, Radio, Rate, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import {
  Controller,
  get,
  useFormState,
  type Control,
  type ControllerRenderProps,
  type FieldError,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { DEFAULT_TEXT_MAX } from '../../shared/domain/fields';
import { FormField } from './form-field';

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

/** A labelled row whose input is bound to the form's value at `name`. */
function BoundRow<T extends FieldValues>(props: ControlProps<T> & { input: (field: ControllerRenderProps<T, Path<T>>) => ReactElement }) {
  const { control, name, input } = props;
  return (
    <Row {...props}>
      <Controller control={control} name={name} render={({ field }) => input(field)} />
    </Row>
  );
}

export function TextControl<T extends FieldValues>(props: ControlProps<T> & { rows?: number; placeholder?: string; max?: number }) {
  const { name, rows, autoFocus, placeholder, max = DEFAULT_TEXT_MAX } = props;
  return (
    <BoundRow
      {...props}
      input={(field) =>
        rows ? (
          <Input.TextArea id={fieldId(name)} autoFocus={autoFocus} rows={rows} placeholder={placeholder} count={{ show: true, max }} {...field} value={field.value ?? ''} />
        ) : (
          <Input id={fieldId(name)} autoFocus={autoFocus} placeholder={placeholder} {...field} value={field.value ?? ''} />
        )
      }
    />
  );
}

/** A moment with its offset (2026-03-01T10:00:00+08:00) or, with `dayOnly`, a calendar day. */
export function DateControl<T extends FieldValues>(props: ControlProps<T> & { dayOnly?: boolean }) {
  const { name, dayOnly, autoFocus } = props;
  return (
    <BoundRow
      {...props}
      input={(field) => (
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
  );
}

export function SelectControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  const { name, options, autoFocus } = props;
  return (
    <BoundRow
      {...props}
      input={(field) => (
        <Select id={fieldId(name)} autoFocus={autoFocus} options={options} value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} />
      )}
    />
  );
}

export function RadioControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  const { name, options } = props;
  return (
    <BoundRow
      {...props}
      input={(field) => <Radio.Group id={fieldId(name)} options={options} value={field.value} onChange={(e) => field.onChange(e.target.value)} />}
    />
  );
}

export function CheckGroupControl<T extends FieldValues>(props: ControlProps<T> & { options: Option[] }) {
  return <BoundRow {...props} input={(field) => <Checkbox.Group options={props.options} value={field.value ?? []} onChange={field.onChange} />} />;
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
  return <BoundRow {...props} input={(field) => <Rate id={fieldId(props.name)} value={field.value ?? 0} onChange={field.onChange} />} />;
}
