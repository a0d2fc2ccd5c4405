import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Col, Row, Space, Tabs, Typography } from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { COMPLAINT_TYPE_CODES, complaintTypeLabelKey, type ComplaintType } from '../../../shared/domain/complaint-types';
import { DEFAULT_PHRASE_BOOK, PHRASE_LANGUAGES } from '../../../shared/domain/suggested-phrases';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import {
  PhraseBookFormSchema,
  rowsOf,
  toFormIssues,
  toFormValues,
  toPhraseBook,
  type PhraseBookFormInput,
  type PhraseBookFormValues,
} from './phrase-book-form';
import { PhraseListField } from './phrase-list-field';

/** 参考话术 per complaint type, in Chinese and English: an admin edits them, everyone else reads them. */
export function PhraseBookCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery('phrases.get', {});
  const save = useDeskMutation('phrases.set');
  const editable = mayCall('phrases.set', agent);
  const [type, setType] = useState<ComplaintType>(COMPLAINT_TYPE_CODES[0]);
  const form = useForm<PhraseBookFormInput, unknown, PhraseBookFormValues>({ resolver: zodResolver(PhraseBookFormSchema) });
  const { reset, formState } = form;
  useEffect(() => {
    if (current.data) reset(toFormValues(current.data));
  }, [current.data, reset]);

  const submit = form.handleSubmit(
    (values) =>
      save.mutate(toPhraseBook(values), {
        onSuccess: () => void message.success(t('phraseEditor.saved')),
        onError: (error) => applyApiIssues(toFormIssues(error.body), form.setError),
      }),
    // An error may sit under another type's tab: show that tab so the agent sees it.
    (errors) => {
      const withError = COMPLAINT_TYPE_CODES.find((code) => errors[code]);
      if (withError && !errors[type]) setType(withError);
    },
  );
  const restoreDefaults = () => {
    const defaults = rowsOf(DEFAULT_PHRASE_BOOK[type]);
    for (const language of PHRASE_LANGUAGES) form.setValue(`${type}.${language}`, defaults[language], { shouldDirty: true });
    void form.trigger(type);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!editable || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    event.stopPropagation();
    void submit();
  };

  const tabs = COMPLAINT_TYPE_CODES.map((code) => ({
    key: code,
    label: <Typography.Text type={formState.errors[code] ? 'danger' : undefined}>{t(complaintTypeLabelKey(code))}</Typography.Text>,
    children: (
      <Row gutter={16}>
        {PHRASE_LANGUAGES.map((language) => (
          <Col xs={24} md={12} key={language}>
            <PhraseListField control={form.control} errors={formState.errors} type={code} language={language} editable={editable} />
          </Col>
        ))}
      </Row>
    ),
  }));

  return (
    <Card title={t('phraseEditor.title')} size="small" data-testid="phrase-book" loading={current.isPending} onKeyDown={onKeyDown}>
      <Typography.Paragraph type="secondary">{t('phraseEditor.hint')}</Typography.Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('phraseEditor.title')}>
        <Tabs size="small" activeKey={type} onChange={(key) => setType(key as ComplaintType)} items={tabs} />
        {editable ? (
          <Space style={{ marginTop: 16 }} wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('actions.save')}
            </Button>
            <Button onClick={restoreDefaults}>{t('phraseEditor.restoreDefaults')}</Button>
            {formState.isDirty && <Typography.Text type="secondary">{t('phraseEditor.unsaved')}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('phraseEditor.adminOnly')}</Typography.Text>
        )}
      </form>
    </Card>
  );
}
