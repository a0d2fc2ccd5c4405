import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, InputNumber, Row, Select, Space, Switch, Table, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassEntry } from '../../../shared/domain/regulatory/classification';
import { parseClassificationImport, replaceKeepingCodes, type ImportProblem } from '../../../shared/domain/regulatory/classification-import';
import { regulatoryOf, type Denominator, type RegulatorySettings } from '../../../shared/domain/regulatory/regulatory-settings';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { RefusalNote } from './refusal-note';

type ListKey = 'reasons' | 'lines';

/** One axis: its entries (retire or restore each), and a file to import in place of them. */
function ClassList({ list, onChange, testId }: { list: ClassEntry[]; onChange: (next: ClassEntry[]) => void; testId: string }) {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = async (chosen: File) => {
    const result = parseClassificationImport(await chosen.text(), chosen.name.toLowerCase().endsWith('.json') ? 'json' : 'csv');
    if ('problems' in result) {
      setProblems(result.problems);
      setNote(null);
      return;
    }
    setProblems(null);
    setNote(t('regulatory.admin.imported', { count: result.entries.length }));
    onChange(replaceKeepingCodes(list, result.entries));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      <Typography.Text type="secondary">{t('regulatory.admin.importHint')}</Typography.Text>
      <Space>
        <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
          {t('regulatory.admin.import')}
        </Button>
        <input
          ref={file}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          hidden
          aria-label={t('regulatory.admin.import')}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void load(chosen);
          }}
        />
        {note && <Typography.Text type="success">{note}</Typography.Text>}
      </Space>
      {problems && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('regulatory.admin.importProblems')}
          description={problems.map((p) => (
            <div key={`${p.row}-${p.messageKey}`}>{p.row === 0 ? t('regulatory.admin.importFile', { message: t(p.messageKey) }) : t('regulatory.admin.importRow', { row: p.row, message: t(p.messageKey) })}</div>
          ))}
        />
      )}
      <Table<ClassEntry>
        size="small"
        rowKey="code"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={list}
        columns={[
          { title: t('regulatory.admin.code'), dataIndex: 'code' },
          { title: t('regulatory.admin.zh'), dataIndex: 'zh' },
          { title: t('regulatory.admin.en'), dataIndex: 'en' },
          { title: t('regulatory.admin.parent'), dataIndex: 'parent', render: (p: string | null) => p ?? '—' },
          {
            title: t('regulatory.admin.retired'),
            key: 'retired',
            render: (_: unknown, entry) => (
              <Switch
                size="small"
                aria-label={`${t('regulatory.admin.retired')} ${entry.code}`}
                checked={entry.retired === true}
                onChange={(retired) => onChange(list.map((e) => (e.code === entry.code ? { ...e, retired } : e)))}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}

const EMPTY_DENOMINATOR = (quarter: string): Denominator => ({ quarter, branch: null, premiumYuan: 0, policies: 0, customers: 0 });

/** The quarters' bases, one row per quarter and branch: entering a row again replaces it. */
function Denominators({ list, onChange }: { list: Denominator[]; onChange: (next: Denominator[]) => void }) {
  const { t } = useTranslation();
  const branches = useDeskQuery('admin.branches.list', {});
  const [draft, setDraft] = useState<Denominator>(EMPTY_DENOMINATOR(''));
  const add = () => onChange([...list.filter((d) => !(d.quarter === draft.quarter && d.branch === draft.branch)), draft]);
  const number = (key: 'premiumYuan' | 'policies' | 'customers') => (
    <InputNumber aria-label={t(`regulatory.admin.${key}`)} min={0} style={{ width: '100%' }} value={draft[key]} onChange={(v) => setDraft({ ...draft, [key]: Number(v ?? 0) })} />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="denominators">
      <Row gutter={8} align="bottom">
        <Col span={4}>
          <Typography.Text>{t('regulatory.admin.quarter')}</Typography.Text>
          <Input aria-label={t('regulatory.admin.quarter')} placeholder="2026-Q3" value={draft.quarter} onChange={(e) => setDraft({ ...draft, quarter: e.target.value.trim() })} />
        </Col>
        <Col span={5}>
          <Typography.Text>{t('regulatory.admin.branch')}</Typography.Text>
          <Select
            aria-label={t('regulatory.admin.branch')}
            style={{ width: '100%' }}
            value={draft.branch ?? ''}
            onChange={(v: string) => setDraft({ ...draft, branch: v === '' ? null : v })}
            options={[{ value: '', label: t('regulatory.admin.wholeCompany') }, ...(branches.data?.branches ?? []).map((b) => ({ value: b.name, label: b.name }))]}
          />
        </Col>
        <Col span={4}>
          <Typography.Text>{t('regulatory.admin.premiumYuan')}</Typography.Text>
          {number('premiumYuan')}
        </Col>
        <Col span={4}>
          <Typography.Text>{t('regulatory.admin.policies')}</Typography.Text>
          {number('policies')}
        </Col>
        <Col span={4}>
          <Typography.Text>{t('regulatory.admin.customers')}</Typography.Text>
          {number('customers')}
        </Col>
        <Col span={3}>
          <Button onClick={add} disabled={draft.quarter === ''}>
            {t('regulatory.admin.addDenominator')}
          </Button>
        </Col>
      </Row>
      <Table<Denominator>
        size="small"
        rowKey={(d) => `${d.quarter}|${d.branch ?? ''}`}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        dataSource={list}
        columns={[
          { title: t('regulatory.admin.quarter'), dataIndex: 'quarter' },
          { title: t('regulatory.admin.branch'), dataIndex: 'branch', render: (b: string | null) => b ?? t('regulatory.admin.wholeCompany') },
          { title: t('regulatory.admin.premiumYuan'), dataIndex: 'premiumYuan' },
          { title: t('regulatory.admin.policies'), dataIndex: 'policies' },
          { title: t('regulatory.admin.customers'), dataIndex: 'customers' },
          {
            key: 'remove',
            render: (_: unknown, d) => (
              <Button size="small" onClick={() => onChange(list.filter((x) => x !== d))}>
                {t('regulatory.admin.remove')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}

/** The regulator's classification (reasons and lines, importable as data), the repeat window and the quarters' bases. */
export function RegulatoryEditor({ settings }: { settings: OrgSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useDeskMutation('org.settings.set');
  const [draft, setDraft] = useState<RegulatorySettings>(regulatoryOf(settings));
  useEffect(() => setDraft(regulatoryOf(settings)), [settings]);
  const setList = (key: ListKey) => (next: ClassEntry[]) => setDraft({ ...draft, classification: { ...draft.classification, [key]: next } });
  const issues = save.error?.body.issues ?? [];
  const submit = () =>
    save.mutate(
      { deadlines: settings.deadlines, phrases: settings.phrases, taxonomy: settings.taxonomy, ...(settings.templates ? { templates: settings.templates } : {}), regulatory: draft },
      { onSuccess: () => void message.success(t('regulatory.admin.saved')) },
    );
  return (
    <Card size="small" title={t('regulatory.admin.title')} data-testid="regulatory-editor">
      <Typography.Paragraph type="secondary">{t('regulatory.admin.hint')}</Typography.Paragraph>
      <RefusalNote error={save.error && issues.length === 0 ? save.error : null} />
      {issues.length > 0 && <Alert type="error" showIcon role="alert" title={issues.map((i) => t(i.messageKey)).join('；')} />}
      <Row gutter={12}>
        <Col span={12}>
          <Typography.Text>{t('regulatory.admin.edition')}</Typography.Text>
          <Input aria-label={t('regulatory.admin.edition')} value={draft.classification.edition} onChange={(e) => setDraft({ ...draft, classification: { ...draft.classification, edition: e.target.value } })} />
        </Col>
        <Col span={12}>
          <Typography.Text>{t('regulatory.admin.repeatWindowDays')}</Typography.Text>
          <InputNumber
            aria-label={t('regulatory.admin.repeatWindowDays')}
            min={1}
            max={730}
            style={{ width: '100%' }}
            value={draft.repeatWindowDays}
            onChange={(v) => setDraft({ ...draft, repeatWindowDays: Number(v ?? 0) })}
          />
        </Col>
      </Row>
      <Tabs
        items={[
          { key: 'reasons', label: t('regulatory.admin.reasons'), children: <ClassList testId="class-reasons" list={draft.classification.reasons} onChange={setList('reasons')} /> },
          { key: 'lines', label: t('regulatory.admin.lines'), children: <ClassList testId="class-lines" list={draft.classification.lines} onChange={setList('lines')} /> },
          { key: 'denominators', label: t('regulatory.admin.denominators'), children: <Denominators list={draft.denominators} onChange={(denominators) => setDraft({ ...draft, denominators })} /> },
        ]}
      />
      <Button type="primary" loading={save.isPending} style={{ marginTop: 12 }} onClick={submit}>
        {t('actions.save')}
      </Button>
    </Card>
  );
}
