import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { COMPLAINT_TYPE_CODES, complaintSubtypeLabelKey, complaintTypeLabelKey, subtypesOf, type ComplaintType } from '../../../shared/domain/complaint-types';
import { TaxonomySchema, type OrgSettings, type Taxonomy } from '../../../shared/org/org-settings-schema';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { RefusalNote } from './refusal-note';

/** The form keeps a list for every type (empty ones too), so each tab edits its own array. */
const list = TaxonomySchema.shape.extraSubtypes.valueType;
const TaxonomyFormSchema = z.object({
  extraSubtypes: z.object({ contract_clause: list, service_quality: list, claims_dispute: list, fraud: list } satisfies Record<ComplaintType, typeof list>),
});
type TaxonomyForm = z.infer<typeof TaxonomyFormSchema>;

const toForm = (taxonomy: Taxonomy): TaxonomyForm => ({
  extraSubtypes: Object.fromEntries(COMPLAINT_TYPE_CODES.map((type) => [type, taxonomy.extraSubtypes[type] ?? []])) as TaxonomyForm['extraSubtypes'],
});
const toTaxonomy = (form: TaxonomyForm): Taxonomy => ({
  extraSubtypes: Object.fromEntries(COMPLAINT_TYPE_CODES.filter((type) => form.extraSubtypes[type].length > 0).map((type) => [type, form.extraSubtypes[type]])),
});

function SubtypeList({ type, control, errors }: { type: ComplaintType; control: Control<TaxonomyForm>; errors: FieldErrors<TaxonomyForm> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: `extraSubtypes.${type}` });
  const listErrors = errors.extraSubtypes?.[type];
  const listMessage = listErrors?.root?.message ?? listErrors?.message;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('accounts.taxonomy.builtIn')}: {subtypesOf(type).map((code) => t(complaintSubtypeLabelKey(code))).join(t('accounts.taxonomy.listSeparator'))}
      </Typography.Text>
      {listMessage && <Alert type="error" showIcon title={t(listMessage)} role="alert" />}
      {fields.length === 0 && <Typography.Text>{t('accounts.taxonomy.none')}</Typography.Text>}
      {fields.map((row, index) => {
        const rowErrors = listErrors?.[index];
        return (
          <Row gutter={8} key={row.id} align="top">
            {(['code', 'zh', 'en'] as const).map((part) => (
              <Col span={part === 'code' ? 6 : 8} key={part}>
                <FormField label={t(`accounts.taxonomy.${part}`)} error={rowErrors?.[part]} htmlFor={`subtype-${type}-${index}-${part}`}>
                  <Controller
                    control={control}
                    name={`extraSubtypes.${type}.${index}.${part}`}
                    render={({ field }) => <Input id={`subtype-${type}-${index}-${part}`} {...field} />}
                  />
                </FormField>
              </Col>
            ))}
            <Col span={2}>
              <Button
                aria-label={t('accounts.taxonomy.remove')}
                title={t('accounts.taxonomy.remove')}
                icon={<DeleteOutlined />}
                style={{ marginTop: 30 }}
                onClick={() => remove(index)}
              />
            </Col>
          </Row>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => append({ code: '', zh: '', en: '' })}>
        {t('accounts.taxonomy.add')}
      </Button>
    </Space>
  );
}

/** Subtypes an admin adds under the four fixed complaint types, with Chinese and English labels. */
export function TaxonomyEditor({ settings }: { settings: OrgSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useDeskMutation('org.settings.set');
  const form = useForm<TaxonomyForm>({ resolver: zodResolver(TaxonomyFormSchema), defaultValues: toForm(settings.taxonomy) });
  const { reset } = form;
  useEffect(() => reset(toForm(settings.taxonomy)), [settings, reset]);
  const submit = form.handleSubmit((values) =>
    save.mutate(
      { deadlines: settings.deadlines, phrases: settings.phrases, taxonomy: toTaxonomy(values) },
      {
        onSuccess: () => void message.success(t('accounts.taxonomy.saved')),
        onError: (error) =>
          applyApiIssues(
            { ...error.body, ...(error.body.issues ? { issues: error.body.issues.map((i) => ({ ...i, path: i.path[0] === 'taxonomy' ? i.path.slice(1) : i.path })) } : {}) },
            form.setError,
          ),
      },
    ),
  );
  return (
    <Card size="small" title={t('accounts.taxonomy.title')} data-testid="taxonomy-editor">
      <Typography.Paragraph type="secondary">{t('accounts.taxonomy.hint')}</Typography.Paragraph>
      <RefusalNote error={save.error && !save.error.body.issues ? save.error : null} />
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.taxonomy.title')}>
          <Tabs
            items={COMPLAINT_TYPE_CODES.map((type) => ({
              key: type,
              label: t(complaintTypeLabelKey(type)),
              forceRender: true,
              children: <SubtypeList type={type} control={form.control} errors={form.formState.errors} />,
            }))}
          />
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 12 }}>
            {t('actions.save')}
          </Button>
        </form>
      </Form>
    </Card>
  );
}
