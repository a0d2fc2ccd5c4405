import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ComplaintType } from '../../../shared/domain/complaint-types';
import { MAX_PHRASES_PER_LIST, MAX_PHRASE_LENGTH, type PhraseLanguage } from '../../../shared/domain/suggested-phrases';
import { FormField } from '../../forms/form-field';
import type { PhraseBookFormInput, PhraseBookFormValues } from './phrase-book-form';

interface PhraseListFieldProps {
  control: Control<PhraseBookFormInput, unknown, PhraseBookFormValues>;
  errors: FieldErrors<PhraseBookFormInput>;
  type: ComplaintType;
  language: PhraseLanguage;
  editable: boolean;
}

/** One complaint type's phrases in one language: a text box per phrase, remove and add. */
export function PhraseListField({ control, errors, type, language, editable }: PhraseListFieldProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `${type}.${language}` });
  const listErrors = errors[type]?.[language];
  const listMessage = listErrors?.root?.message ?? listErrors?.message;
  const languageName = t(`phraseEditor.language.${language}`);
  return (
    <section aria-label={languageName} data-testid={`phrase-list-${language}`}>
      <Typography.Text strong>{languageName}</Typography.Text>
      {fields.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }}>
          {t(editable ? 'phraseEditor.emptyEditable' : 'phraseEditor.empty')}
        </Typography.Paragraph>
      )}
      <Form layout="horizontal" component="div" colon={false} style={{ marginTop: 8 }}>
        {fields.map((row, index) => {
          const id = `phrase-${type}-${language}-${index}`;
          return (
            <FormField key={row.id} label={String(index + 1)} htmlFor={id} error={listErrors?.[index]?.text}>
              <div style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
                <Controller
                  control={control}
                  name={`${type}.${language}.${index}.text`}
                  render={({ field }) => (
                    <Input.TextArea
                      id={id}
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      maxLength={MAX_PHRASE_LENGTH}
                      readOnly={!editable}
                      variant={editable ? 'outlined' : 'filled'}
                      aria-label={t('phraseEditor.phrase', { language: languageName, index: index + 1 })}
                      {...field}
                    />
                  )}
                />
                {editable && (
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('phraseEditor.remove', { language: languageName, index: index + 1 })}
                    title={t('phraseEditor.remove', { language: languageName, index: index + 1 })}
                    onClick={() => remove(index)}
                  />
                )}
              </div>
            </FormField>
          );
        })}
      </Form>
      {listMessage && (
        <Typography.Text type="danger" role="alert">
          {t(listMessage)}
        </Typography.Text>
      )}
      {editable && (
        <Button
          type="dashed"
          block
          icon={<PlusOutlined />}
          disabled={fields.length >= MAX_PHRASES_PER_LIST}
          aria-label={t('phraseEditor.addTo', { language: languageName })}
          onClick={() => append({ text: '' }, { shouldFocus: true })}
        >
          {t('phraseEditor.add')}
        </Button>
      )}
    </section>
  );
}
