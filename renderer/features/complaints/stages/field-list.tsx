import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type ArrayPath, type Control, type FieldArray, type FieldValues, type Path } from 'react-hook-form';
import { useFieldError } from '../../../forms/form-controls';

interface FieldListProps<T extends FieldValues, N extends ArrayPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
  newItem: () => FieldArray<T, N>;
  /** The fields of item `index`. */
  children: (index: number) => ReactNode;
}

/** A list the agent grows and shrinks (steps, measures, follow-ups); at least one item stays. */
export function FieldList<T extends FieldValues, N extends ArrayPath<T>>({ control, name, label, newItem, children }: FieldListProps<T, N>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name });
  const error = useFieldError(control, name as unknown as Path<T>);
  return (
    <div style={{ marginBottom: 14 }} data-testid={`list-${name}`}>
      <Typography.Text strong>{label}</Typography.Text>
      {error?.message && (
        <div role="alert">
          <Typography.Text type="danger">{t(error.message)}</Typography.Text>
        </div>
      )}
      {fields.map((item, index) => (
        <Card key={item.id} size="small" style={{ marginTop: 6 }} styles={{ body: { padding: '8px 12px 0' } }}>
          <Flex gap={8} align="start">
            <div style={{ flex: 1 }}>{children(index)}</div>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('workflow.list.remove', { index: index + 1 })}
              disabled={fields.length === 1}
              onClick={() => remove(index)}
              style={{ marginTop: 28 }}
              tabIndex={-1}
            />
          </Flex>
        </Card>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => append(newItem())} style={{ marginTop: 6 }}>
        {t('workflow.list.add', { item: label })}
      </Button>
    </div>
  );
}
