import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Col, Form, Grid, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiErrorBody } from '../../../../shared/api/errors';
import type { ComplaintType } from '../../../../shared/domain/complaint-types';
import type { IntakeData, IntakeInput } from '../../../../shared/domain/intake';
import { intakeSchemaWith } from '../../../../shared/domain/intake-checks';
import { useTaxonomy } from '../../../components/use-taxonomy';
import { useAfterFirstFrame } from '../../../components/use-after-first-frame';
import { useReportUnsavedWork } from '../../../forms/unsaved-work';
import { focusWhenShown, holdTypeAhead } from '../../../forms/type-ahead';
import { CallerSection } from './caller-section';
import { ComplaintSection } from './complaint-section';
import { ComplaintTypeFields } from './complaint-type-fields';
import { NO_SUBTYPE } from './intake-defaults';
import { QuickTagsSection } from '../quick-tags/quick-tags-section';
import { IntakeAssistSuggestions } from '../assist/intake-assist';
import { useIntakeKeys } from './use-intake-keys';
import { useSaveShortcut } from './use-save-shortcut';

interface IntakeFormProps {
  defaultValues: IntakeInput;
  saving: boolean;
  /** Resolves with the desk's error when saving failed, so field issues land next to their fields. */
  onSave: (intake: IntakeData) => Promise<ApiErrorBody | null>;
  /** Every change, as typed (for the draft autosave). */
  onChange: (values: Record<string, unknown>) => void;
  onIdentityBlur: (values: Pick<IntakeInput, 'contactPhone' | 'policyNumber'>) => void;
  /** Shown beside the save button (the autosave state). */
  footer?: ReactNode;
  /** The narrow right column: duplicates, caller history, suggested phrases. */
  aside: (control: Control<IntakeInput>) => ReactNode;
  /** The form opened on a restored draft: what it shows was typed, even before the agent types more. */
  restored?: boolean;
}

/** Stage 1–2 capture, laid out to fit 1366×768 and filled top to bottom with Tab alone. */
export function IntakeForm({ defaultValues, saving, onSave, onChange, onIdentityBlur, footer, aside, restored = false }: IntakeFormProps) {
  const { t } = useTranslation();
  const { taxonomy } = useTaxonomy();
  const schema = useMemo(() => intakeSchemaWith(taxonomy, () => new Date()), [taxonomy]);
  const form = useForm<IntakeInput, unknown, IntakeData>({ resolver: zodResolver(schema), defaultValues, mode: 'onSubmit' });
  const { control, formState, setError, setValue, setFocus } = form;
  const errors = formState.errors;
  useReportUnsavedWork('intake', formState.isDirty || restored);
  const formRef = useRef<HTMLFormElement>(null);
  // The caller's number and name first (a popped call must show at once); the rest follows a frame later.
  const restShown = useAfterFirstFrame();

  useEffect(() => {
    const subscription = form.watch((values) => onChange(values as Record<string, unknown>));
    return () => subscription.unsubscribe();
  }, [form, onChange]);

  const save = useCallback(() => {
    void form.handleSubmit(async (intake) => {
      const error = await onSave(intake);
      error?.issues?.forEach((issue, i) =>
        setError(issue.path.join('.') as keyof IntakeInput, { type: 'server', message: issue.messageKey }, { shouldFocus: i === 0 }),
      );
    })();
  }, [form, onSave, setError]);
  useSaveShortcut(save);
  const chooseType = useCallback(
    (type: ComplaintType) => {
      // After a refused save the type's "choose a type" goes once one is chosen, as it does when picked in the list.
      setValue('complaintType', type, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      setValue('complaintSubtype', NO_SUBTYPE, { shouldDirty: true });
      // What is typed right after Alt+digit searches the subtypes, even before the subtype box can take the focus.
      holdTypeAhead();
      focusWhenShown(
        () => document.querySelector<HTMLInputElement>('#intake-complaintSubtype:not([disabled])'),
        () => setFocus('complaintSubtype'),
      );
    },
    [form, setFocus, setValue],
  );
  useIntakeKeys(formRef, chooseType);
  // antd's lg (992 CSS px): below it, a 1366-px laptop zoomed past about 135 %.
  const wide = Grid.useBreakpoint().lg !== false;
  const identityBlur = () => onIdentityBlur({ contactPhone: form.getValues('contactPhone'), policyNumber: form.getValues('policyNumber') });

  return (
    <Form layout="vertical" component="div">
      <form ref={formRef} onSubmit={(event) => event.preventDefault()} noValidate aria-label={t('intake.title')}>
        {Object.keys(errors).length > 0 && <Alert type="error" showIcon title={t('errors.validation')} style={{ marginBottom: 12 }} />}
        {/* Side by side on a laptop; one above the other when the window is narrow (zoomed to 200 %, say). */}
        <Row gutter={[12, 12]} wrap={!wide}>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Row gutter={[12, 12]}>
              <Col span={wide ? 11 : 24}>
                <Card size="small" title={t('intake.sections.caller')}>
                  <CallerSection control={control} errors={errors} onIdentityBlur={identityBlur} complete={restShown} />
                  {restShown && (
                    <div data-intake-section="type">
                      <ComplaintTypeFields control={control} errors={errors} setValue={setValue} />
                      <IntakeAssistSuggestions control={control} setValue={setValue} />
                    </div>
                  )}
                  {restShown && <QuickTagsSection control={control} />}
                </Card>
              </Col>
              <Col span={wide ? 13 : 24}>
                <Card size="small" title={t('intake.sections.complaint')}>
                  {restShown && <ComplaintSection control={control} errors={errors} />}
                </Card>
              </Col>
            </Row>
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" onClick={save} loading={saving}>
                {t('actions.save')}
              </Button>
              <Typography.Text type="secondary">{t('shortcuts.save')}</Typography.Text>
              {footer}
            </Space>
          </Col>
          <Col flex={wide ? '272px' : '1 1 100%'}>{restShown && aside(control)}</Col>
        </Row>
      </form>
    </Form>
  );
}
