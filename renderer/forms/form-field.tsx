import { Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';

interface FormFieldProps {
  label: string;
  error?: FieldError | undefined;
  required?: boolean;
  htmlFor?: string;
  children: ReactNode;
}

/** An antd form row whose error (an i18n key from zod or the desk) shows translated, next to the field. */
export function FormField({ label, error, required, htmlFor, children }: FormFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={label}
      required={required}
      htmlFor={htmlFor}
      validateStatus={error ? 'error' : undefined}
      help={error?.message ? <span role="alert">{t([error.message, 'validation.invalid'])}</span> : undefined}
    >
      {children}
    </Form.Item>
  );
}
