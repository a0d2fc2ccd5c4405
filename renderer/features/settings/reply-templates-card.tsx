import { Alert, App, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { PLACEHOLDERS } from '../../../shared/domain/templates/fill-template';
import { TEMPLATE_LANGUAGES, TEMPLATE_PURPOSES, type ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

/** 回复模板: an admin edits them (both languages, with {{placeholders}}); they are the organisation's, saved on the server (online only). */
export function ReplyTemplatesCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery('templates.get', {});
  const save = useDeskMutation('templates.set');
  const [rows, setRows] = useState<ReplyTemplate[]>([]);
  useEffect(() => {
    if (current.data) setRows(current.data.templates);
  }, [current.data]);
  const editable = mayCall('templates.set', agent);
  const update = (index: number, patch: Partial<ReplyTemplate>) => setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => setRows((list) => [...list, { id: `t-${Date.now().toString(36)}`, language: 'zh-CN', purpose: 'general', title: '', body: '' }]);
  const submit = () => save.mutate({ templates: rows }, { onSuccess: () => void message.success(t('templates.saved')) });
  const issue = save.error?.body.issues?.[0];
  return (
    <Card title={t('templates.title')} size="small" data-testid="reply-templates-card">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('templates.help', { placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ') })}
      </Typography.Paragraph>
      {!editable && <Typography.Paragraph type="secondary">{t('templates.adminOnly')}</Typography.Paragraph>}
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {rows.map((row, index) => (
          <div key={row.id} data-testid="template-row" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
            <Space wrap>
              <Select value={row.language} disabled={!editable} style={{ width: 110 }} onChange={(language) => update(index, { language })} options={TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`templates.language.${l}`) }))} aria-label={t('templates.fields.language')} />
              <Select value={row.purpose} disabled={!editable} style={{ width: 170 }} onChange={(purpose) => update(index, { purpose })} options={TEMPLATE_PURPOSES.map((p) => ({ value: p, label: t(`templates.purpose.${p}`) }))} aria-label={t('templates.fields.purpose')} />
              <Input value={row.title} disabled={!editable} style={{ width: 220 }} onChange={(e) => update(index, { title: e.target.value })} placeholder={t('templates.fields.title')} aria-label={t('templates.fields.title')} />
              {editable && (
                <Button danger type="link" onClick={() => setRows((list) => list.filter((_, i) => i !== index))}>
                  {t('templates.remove')}
                </Button>
              )}
            </Space>
            <Input.TextArea value={row.body} disabled={!editable} rows={2} style={{ marginTop: 6 }} onChange={(e) => update(index, { body: e.target.value })} aria-label={t('templates.fields.body')} />
          </div>
        ))}
      </Space>
      {save.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={t(issue?.messageKey ?? save.error.body.messageKey, save.error.body.params)} />}
      {editable && (
        <Space style={{ marginTop: 12 }}>
          <Button onClick={add}>{t('templates.add')}</Button>
          <Button type="primary" onClick={submit} loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
