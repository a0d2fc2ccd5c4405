import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MACRO_ADVANCE_STAGES, MACRO_STEP_KINDS, MacroSchema, MacrosSchema, type Macro, type MacroStep } from '../../../shared/domain/macros/macro';
import type { Stage } from '../../../shared/domain/stages';
import { SETTABLE_COMPLEXITIES } from '../../../shared/domain/workflow/complexity';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { useBilingualName } from '../../components/bilingual-name';
import { macroStepText } from './macro-step-text';
import { RefusalNote } from './refusal-note';

type StepKind = MacroStep['kind'];

/** What the admin has not chosen yet when a step of each kind cannot be added. */
const STEP_MISSING: Record<StepKind, string> = {
  setComplexity: 'macros.validation.complexity',
  addNote: 'macros.validation.noteRequired',
  assign: 'macros.validation.employeeNo',
  advance: 'macros.validation.stage',
};

/** 宏: the organisation's macros, each a named sequence of ordinary commands; saved on the server as one list. */
export function MacrosEditor({ macros: saved }: { macros: Macro[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const nameOf = useBilingualName();
  const users = useDeskQuery('admin.users.list', {});
  const save = useDeskMutation('assignment.macros.save');
  const [macros, setMacros] = useState<Macro[]>(saved);
  const [name, setName] = useState({ zh: '', en: '' });
  const [steps, setSteps] = useState<MacroStep[]>([]);
  const [kind, setKind] = useState<StepKind>('setComplexity');
  const [param, setParam] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const people = (users.data?.users ?? []).filter((u) => u.active);
  const stepOf = (): MacroStep | null => {
    if (kind === 'setComplexity') return SETTABLE_COMPLEXITIES.includes(param as never) ? { kind, complexity: param as (typeof SETTABLE_COMPLEXITIES)[number] } : null;
    if (kind === 'addNote') return param.trim() ? { kind, text: param } : null;
    if (kind === 'advance') return MACRO_ADVANCE_STAGES.includes(param as never) ? { kind, stage: param as Stage, data: {} } : null;
    const person = people.find((p) => p.employeeNo === param);
    return person ? { kind, employeeNo: person.employeeNo, name: person.name } : null;
  };
  const addStep = () => {
    const step = stepOf();
    if (!step) return void setError(STEP_MISSING[kind]);
    setError(null);
    setSteps([...steps, step]);
    setParam('');
  };
  const addMacro = () => {
    const parsed = MacroSchema.safeParse({ id: crypto.randomUUID(), name, steps });
    if (!parsed.success) return void setError(parsed.error.issues[0]!.message.includes('.') ? parsed.error.issues[0]!.message : 'assignment.validation.nameRequired');
    setError(null);
    setMacros([...macros, parsed.data]);
    setName({ zh: '', en: '' });
    setSteps([]);
  };
  const submit = () => {
    const parsed = MacrosSchema.safeParse(macros);
    if (!parsed.success) return void setError(parsed.error.issues[0]!.message);
    save.mutate({ macros: parsed.data }, { onSuccess: () => void message.success(t('macros.saved')) });
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }} data-testid="macros-editor">
      <Card
        size="small"
        title={t('macros.title')}
        extra={
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="save-macros">
            {t('macros.save')}
          </Button>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('macros.hint')}</Typography.Text>
          <RefusalNote error={save.error} />
          <Table<Macro>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={macros}
            locale={{ emptyText: t('macros.none') }}
            columns={[
              { title: t('macros.columns.name'), key: 'name', width: 220, render: (_v, m) => nameOf(m.name) },
              { title: t('macros.columns.steps'), key: 'steps', render: (_v, m) => m.steps.map((s, i) => `${i + 1}. ${macroStepText(s, t)}`).join('　') },
              {
                key: 'remove',
                width: 60,
                render: (_v, m) => (
                  <Button size="small" aria-label={t('assignment.remove')} title={t('assignment.remove')} icon={<DeleteOutlined />} onClick={() => setMacros(macros.filter((x) => x.id !== m.id))} />
                ),
              },
            ]}
          />
        </Space>
      </Card>
      <Card size="small" title={t('macros.addTitle')} data-testid="add-macro">
        <Form layout="vertical" component="div">
          {error && <Alert type="error" showIcon role="alert" title={t(error)} style={{ marginBottom: 12 }} />}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label={t('assignment.fields.nameZh')} htmlFor="macro-name-zh" required>
                <Input id="macro-name-zh" value={name.zh} onChange={(e) => setName({ ...name, zh: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('assignment.fields.nameEn')} htmlFor="macro-name-en" required>
                <Input id="macro-name-en" value={name.en} onChange={(e) => setName({ ...name, en: e.target.value })} />
              </Form.Item>
            </Col>
          </Row>
          {steps.length > 0 && (
            <ol data-testid="macro-draft-steps" style={{ paddingInlineStart: 20 }}>
              {steps.map((s, i) => (
                <li key={i}>{macroStepText(s, t)}</li>
              ))}
            </ol>
          )}
          <Row gutter={12} align="bottom">
            <Col span={6}>
              <Form.Item label={t('macros.step.kind')}>
                <Select<StepKind>
                  aria-label={t('macros.step.kind')}
                  data-testid="macro-step-kind"
                  value={kind}
                  onChange={(k) => (setKind(k), setParam(''))}
                  options={MACRO_STEP_KINDS.map((k) => ({ value: k, label: t(`macros.kinds.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              {kind === 'setComplexity' && (
                <Form.Item label={t('workflow.fields.complexity')}>
                  <Select
                    aria-label={t('workflow.fields.complexity')}
                    data-testid="macro-step-complexity"
                    value={param || undefined}
                    onChange={setParam}
                    options={SETTABLE_COMPLEXITIES.map((c) => ({ value: c, label: t(`workflow.complexity.${c}`) }))}
                  />
                </Form.Item>
              )}
              {kind === 'addNote' && (
                <Form.Item label={t('macros.noteText', { customerName: '{{customerName}}', complaintNumber: '{{complaintNumber}}', interpolation: { escapeValue: false } })} htmlFor="macro-step-note">
                  <Input.TextArea id="macro-step-note" rows={2} value={param} onChange={(e) => setParam(e.target.value)} />
                </Form.Item>
              )}
              {kind === 'advance' && (
                <Form.Item label={t('macros.stage')}>
                  <Select
                    aria-label={t('macros.stage')}
                    data-testid="macro-step-stage"
                    value={param || undefined}
                    onChange={setParam}
                    options={MACRO_ADVANCE_STAGES.map((stage) => ({ value: stage, label: t('macros.step.advance', { stage: t(`stage.${stage}`) }) }))}
                  />
                </Form.Item>
              )}
              {kind === 'assign' && (
                <Form.Item label={t('macros.person')}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    aria-label={t('macros.person')}
                    value={param || undefined}
                    onChange={setParam}
                    options={people.map((p) => ({ value: p.employeeNo, label: `${p.name} ${p.employeeNo}` }))}
                  />
                </Form.Item>
              )}
            </Col>
            <Col span={6}>
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={addStep} data-testid="macro-add-step">
                  {t('macros.addStep')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
          <Button icon={<PlusOutlined />} onClick={addMacro} data-testid="add-macro-button">
            {t('assignment.add')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
