import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScorecardCheckSchema, ScorecardSchema, type Scorecard, type ScorecardCheck } from '../../../shared/domain/assist/scorecard';
import { useDeskMutation } from '../../api/hooks';
import { RefusalNote } from './refusal-note';

const KINDS: ScorecardCheck['kind'][] = ['required', 'forbidden'];
const EMPTY = { zh: '', en: '', kind: 'forbidden' as ScorecardCheck['kind'], phrases: [] as string[], points: 10 };

/** A new check's code: lower-case letters and digits, unique enough among the ≤ 30 checks of a scorecard. */
const newCheckId = () => `check_${crypto.randomUUID().replace(/-/g, '').slice(0, 10)}`;

/**
 * 质检 / Quality checks: the statements a complaint's records must contain and the phrases they must not, each with its
 * weight, saved on the server as a new scorecard version. Complaints closed before keep the version they were scored under.
 */
export function QualityChecksEditor({ scorecard, version }: { scorecard: Scorecard; version: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const save = useDeskMutation('assist.scorecard.save');
  const [checks, setChecks] = useState<ScorecardCheck[]>(scorecard.checks);
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const addCheck = () => {
    const parsed = ScorecardCheckSchema.safeParse({ id: newCheckId(), ...draft });
    if (!parsed.success) return void setError(parsed.error.issues[0]!.message);
    setError(null);
    setChecks([...checks, parsed.data]);
    setDraft(EMPTY);
  };
  const submit = () => {
    const parsed = ScorecardSchema.safeParse({ checks });
    if (!parsed.success) return void setError(parsed.error.issues[0]!.message);
    setError(null);
    save.mutate(parsed.data, { onSuccess: (settings) => void message.success(t('assist.qualityAdmin.saved', { version: settings.scorecardVersion ?? version + 1 })) });
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }} data-testid="quality-checks-editor">
      <Card
        size="small"
        title={t('assist.qualityAdmin.title', { version })}
        extra={
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="save-quality-checks">
            {t('assist.qualityAdmin.save')}
          </Button>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('assist.qualityAdmin.hint')}</Typography.Text>
          <RefusalNote error={save.error} />
          <Table<ScorecardCheck>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={checks}
            locale={{ emptyText: t('assist.qualityAdmin.none') }}
            columns={[
              { title: t('assist.qualityAdmin.columns.name'), key: 'name', width: 200, render: (_v, c) => (i18n.language === 'en' ? c.en : c.zh) },
              { title: t('assist.qualityAdmin.columns.kind'), key: 'kind', width: 120, render: (_v, c) => <Tag color={c.kind === 'required' ? 'blue' : 'red'}>{t(`assist.qualityAdmin.kinds.${c.kind}`)}</Tag> },
              { title: t('assist.qualityAdmin.columns.phrases'), key: 'phrases', render: (_v, c) => c.phrases.join('、') },
              { title: t('assist.qualityAdmin.columns.weight'), key: 'points', width: 80, dataIndex: 'points' },
              {
                key: 'remove',
                width: 60,
                render: (_v, c) => (
                  <Button size="small" aria-label={t('assist.qualityAdmin.remove')} title={t('assist.qualityAdmin.remove')} icon={<DeleteOutlined />} onClick={() => setChecks(checks.filter((x) => x.id !== c.id))} />
                ),
              },
            ]}
          />
        </Space>
      </Card>
      <Card size="small" title={t('assist.qualityAdmin.addTitle')} data-testid="add-quality-check">
        <Form layout="vertical" component="div">
          {error && <Alert type="error" showIcon role="alert" title={t(error)} style={{ marginBottom: 12 }} />}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label={t('assist.qualityAdmin.fields.nameZh')} htmlFor="quality-name-zh" required>
                <Input id="quality-name-zh" value={draft.zh} onChange={(e) => setDraft({ ...draft, zh: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('assist.qualityAdmin.fields.nameEn')} htmlFor="quality-name-en" required>
                <Input id="quality-name-en" value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12} align="bottom">
            <Col span={6}>
              <Form.Item label={t('assist.qualityAdmin.fields.kind')}>
                <Select<ScorecardCheck['kind']>
                  aria-label={t('assist.qualityAdmin.fields.kind')}
                  data-testid="quality-kind"
                  value={draft.kind}
                  onChange={(kind) => setDraft({ ...draft, kind })}
                  options={KINDS.map((k) => ({ value: k, label: t(`assist.qualityAdmin.kinds.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('assist.qualityAdmin.fields.phrases')} htmlFor="quality-phrases" required>
                <Select<string[]>
                  id="quality-phrases"
                  mode="tags"
                  aria-label={t('assist.qualityAdmin.fields.phrases')}
                  data-testid="quality-phrases"
                  value={draft.phrases}
                  tokenSeparators={[',', '，', '、']}
                  placeholder={t('assist.qualityAdmin.fields.phrasesHint')}
                  onChange={(phrases) => setDraft({ ...draft, phrases })}
                />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item label={t('assist.qualityAdmin.fields.weight')} htmlFor="quality-weight">
                <InputNumber id="quality-weight" min={1} max={100} value={draft.points} onChange={(points) => setDraft({ ...draft, points: points ?? 0 })} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={3}>
              <Form.Item>
                <Button onClick={addCheck} data-testid="add-quality-check-button" block>
                  {t('assist.qualityAdmin.add')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
    </Space>
  );
}
