import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Controller, get, useFormState, type FieldError, type FieldValues } from 'react-hook-form';
import { fieldId, useFieldError, type ControlProps } from './form-controls';

/** A list of short texts (improvement measures): one input each, add and remove. */
export function StringListControl<T extends FieldValues>({ control, name, label, autoFocus }: ControlProps<T>) {
  const { t } = useTranslation();
  const listError = useFieldError(control, name);
  const { errors } = useFormState({ control, name });
  return (
    <div style={{ marginBottom: 14 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const items = (field.value ?? []) as string[];
          const set = (next: string[]) => field.onChange(next);
          return (
            <>
              {items.map((value, index) => {
                const itemError = get(errors, `${name}.${index}`) as FieldError | undefined;
                return (
                  <div key={index} style={{ marginTop: 6 }}>
                    <Flex gap={8}>
                      <Input
                        id={fieldId(`${name}.${index}`)}
                        autoFocus={autoFocus && index === 0}
                        aria-label={`${label} ${index + 1}`}
                        status={itemError ? 'error' : undefined}
                        value={value}
                        onChange={(e) => set(items.map((v, i) => (i === index ? e.target.value : v)))}
                      />
                      <Button type="text" icon={<DeleteOutlined />} tabIndex={-1} disabled={items.length === 1} aria-label={t('workflow.list.remove', { index: index + 1 })} onClick={() => set(items.filter((_, i) => i !== index))} />
                    </Flex>
                    {itemError?.message && <Typography.Text type="danger" role="alert">{t(itemError.message)}</Typography.Text>}
                  </div>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => set([...items, ''])} style={{ marginTop: 6 }}>
                {t('workflow.list.add', { item: label })}
              </Button>
            </>
          );
        }}
      />
      {listError?.message && (
        <div role="alert">
          <Typography.Text type="danger">{t(listError.message)}</Typography.Text>
        </div>
      )}
    </div>
  );
}
