import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AssignmentRuleSchema,
  AssignmentRulesSchema,
  ROUTING_STRATEGIES,
  type AssignmentRule,
  type AssignmentRules,
  type RoutingStrategy,
} from '../../../shared/domain/assignment/assignment-rules';
import { CHANNELS, channelLabelKey, type Channel } from '../../../shared/domain/channels';
import { COMPLAINT_TYPE_CODES, complaintTypeLabelKey, type ComplaintType } from '../../../shared/domain/complaint-types';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { useBilingualName } from '../../components/bilingual-name';
import { RefusalNote } from './refusal-note';
import { matchSummary, targetSummary } from './rule-summary';

type Tristate = 'any' | 'yes' | 'no';
interface Draft {
  zh: string;
  en: string;
  types: ComplaintType[];
  channels: Channel[];
  branchIds: string[];
  regulator: Tristate;
  repeat: Tristate;
  /** A team's id, or 'keep'. */
  target: string | undefined;
  strategy: RoutingStrategy;
  skills: string[];
}
const EMPTY: Draft = { zh: '', en: '', types: [], channels: [], branchIds: [], regulator: 'any', repeat: 'any', target: undefined, strategy: 'leastLoad', skills: [] };
const fromTristate = (value: Tristate) => (value === 'any' ? undefined : value === 'yes');

function ruleOf(draft: Draft): unknown {
  const match = {
    ...(draft.types.length ? { complaintTypes: draft.types } : {}),
    ...(draft.channels.length ? { channels: draft.channels } : {}),
    ...(draft.branchIds.length ? { branchIds: draft.branchIds } : {}),
    ...(fromTristate(draft.regulator) === undefined ? {} : { regulatorReferral: fromTristate(draft.regulator) }),
    ...(fromTristate(draft.repeat) === undefined ? {} : { repeat: fromTristate(draft.repeat) }),
  };
  const target =
    draft.target === 'keep'
      ? { kind: 'keep' }
      : { kind: 'team', teamId: draft.target ?? '', strategy: draft.strategy, ...(draft.strategy === 'skills' ? { skills: draft.skills } : {}) };
  return { id: crypto.randomUUID(), name: { zh: draft.zh, en: draft.en }, match, target };
}

/** 分派规则: the organisation's ordered rules and each branch's fallback, saved on the server as one set. */
export function AssignmentRulesEditor({ rules: saved }: { rules: AssignmentRules }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const nameOf = useBilingualName();
  const teams = useDeskQuery('admin.teams.list', {});
  const branches = useDeskQuery('admin.branches.list', {});
  const save = useDeskMutation('assignment.rules.save');
  const [rules, setRules] = useState<AssignmentRules>(saved);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const teamList = teams.data?.teams ?? [];
  const branchList = branches.data?.branches ?? [];
  const teamName = (id: string) => teamList.find((team) => team.id === id)?.name ?? id;
  const branchName = (id: string) => branchList.find((b) => b.id === id)?.name ?? id;
  const change = (next: AssignmentRules) => (setRules(next), setDirty(true));
  const move = (index: number, by: number) => {
    const list = [...rules.rules];
    const [rule] = list.splice(index, 1);
    list.splice(index + by, 0, rule!);
    change({ ...rules, rules: list });
  };
  const add = () => {
    const parsed = AssignmentRuleSchema.safeParse(ruleOf(draft));
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      setDraftError(first.path.includes('teamId') ? 'assignment.validation.teamRequired' : first.message.includes('.') ? first.message : 'assignment.validation.nameRequired');
      return;
    }
    setDraftError(null);
    change({ ...rules, rules: [...rules.rules, parsed.data] });
    setDraft(EMPTY);
  };
  const setFallback = (branchId: string, teamId: string | undefined, strategy: RoutingStrategy) => {
    const others = rules.fallbacks.filter((f) => f.branchId !== branchId);
    change({ ...rules, fallbacks: teamId ? [...others, { branchId, target: { kind: 'team', teamId, strategy } }] : others });
  };
  const submit = () => {
    const parsed = AssignmentRulesSchema.safeParse(rules);
    if (!parsed.success) return void setDraftError(parsed.error.issues[0]!.message);
    save.mutate(parsed.data, { onSuccess: () => (setDirty(false), void message.success(t('assignment.saved'))) });
  };
  const tristate = (value: Tristate, onChange: (v: Tristate) => void, label: string) => (
    <Select<Tristate>
      aria-label={label}
      value={value}
      onChange={onChange}
      options={(['any', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`assignment.${v}`) }))}
    />
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 1100 }} data-testid="assignment-rules">
      <Card
        size="small"
        title={t('assignment.rulesTitle')}
        extra={
          <Space>
            {dirty && <Typography.Text type="warning">{t('assignment.unsaved')}</Typography.Text>}
            <Button type="primary" onClick={submit} loading={save.isPending} data-testid="save-assignment-rules">
              {t('assignment.save')}
            </Button>
          </Space>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('assignment.rulesHint')}</Typography.Text>
          <RefusalNote error={save.error} />
          <Table<AssignmentRule>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rules.rules}
            locale={{ emptyText: t('assignment.none') }}
            columns={[
              { title: t('assignment.columns.order'), key: 'order', width: 60, render: (_v, _r, i) => i + 1 },
              { title: t('assignment.columns.name'), key: 'name', render: (_v, rule) => nameOf(rule.name) },
              { title: t('assignment.columns.match'), key: 'match', render: (_v, rule) => matchSummary(rule.match, branchName, t) },
              { title: t('assignment.columns.target'), key: 'target', render: (_v, rule) => targetSummary(rule.target, teamName, t) },
              {
                key: 'actions',
                width: 130,
                render: (_v, rule, i) => (
                  <Space size={4}>
                    <Button size="small" aria-label={t('assignment.moveUp')} title={t('assignment.moveUp')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} />
                    <Button size="small" aria-label={t('assignment.moveDown')} title={t('assignment.moveDown')} icon={<ArrowDownOutlined />} disabled={i === rules.rules.length - 1} onClick={() => move(i, 1)} />
                    <Button size="small" aria-label={t('assignment.remove')} title={t('assignment.remove')} icon={<DeleteOutlined />} onClick={() => change({ ...rules, rules: rules.rules.filter((r) => r.id !== rule.id) })} />
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      </Card>
      <Card size="small" title={t('assignment.addTitle')} data-testid="add-assignment-rule">
        <Form layout="vertical" component="div">
          {draftError && <Alert type="error" showIcon role="alert" title={t(draftError)} style={{ marginBottom: 12 }} />}
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.nameZh')} htmlFor="rule-name-zh" required>
                <Input id="rule-name-zh" value={draft.zh} onChange={(e) => setDraft({ ...draft, zh: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.nameEn')} htmlFor="rule-name-en" required>
                <Input id="rule-name-en" value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.types')}>
                <Select<ComplaintType[]>
                  mode="multiple"
                  aria-label={t('assignment.fields.types')}
                  data-testid="rule-types"
                  placeholder={t('assignment.any')}
                  value={draft.types}
                  onChange={(types) => setDraft({ ...draft, types })}
                  options={COMPLAINT_TYPE_CODES.map((c) => ({ value: c, label: t(complaintTypeLabelKey(c)) }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.channels')}>
                <Select<Channel[]>
                  mode="multiple"
                  aria-label={t('assignment.fields.channels')}
                  placeholder={t('assignment.any')}
                  value={draft.channels}
                  onChange={(channels) => setDraft({ ...draft, channels })}
                  options={CHANNELS.map((c) => ({ value: c, label: t(channelLabelKey(c)) }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.branches')}>
                <Select<string[]>
                  mode="multiple"
                  aria-label={t('assignment.fields.branches')}
                  placeholder={t('assignment.any')}
                  value={draft.branchIds}
                  onChange={(branchIds) => setDraft({ ...draft, branchIds })}
                  options={branchList.map((b) => ({ value: b.id, label: b.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('assignment.fields.regulator')}>{tristate(draft.regulator, (regulator) => setDraft({ ...draft, regulator }), t('assignment.fields.regulator'))}</Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={t('assignment.fields.repeat')}>{tristate(draft.repeat, (repeat) => setDraft({ ...draft, repeat }), t('assignment.fields.repeat'))}</Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label={t('assignment.fields.target')} required>
                <Select<string>
                  aria-label={t('assignment.fields.target')}
                  data-testid="rule-target"
                  value={draft.target}
                  onChange={(target) => setDraft({ ...draft, target })}
                  options={[{ value: 'keep', label: t('assignment.keep') }, ...teamList.map((team) => ({ value: team.id, label: `${team.name} · ${team.branchName}` }))]}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label={t('assignment.fields.strategy')}>
                <Select<RoutingStrategy>
                  aria-label={t('assignment.fields.strategy')}
                  data-testid="rule-strategy"
                  disabled={draft.target === 'keep'}
                  value={draft.strategy}
                  onChange={(strategy) => setDraft({ ...draft, strategy })}
                  options={ROUTING_STRATEGIES.map((s) => ({ value: s, label: t(`assignment.strategy.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label={t('assignment.fields.skills')}>
                <Select<string[]>
                  mode="tags"
                  aria-label={t('assignment.fields.skills')}
                  disabled={draft.strategy !== 'skills' || draft.target === 'keep'}
                  value={draft.skills}
                  onChange={(skills) => setDraft({ ...draft, skills })}
                />
              </Form.Item>
            </Col>
          </Row>
          <Button icon={<PlusOutlined />} onClick={add} data-testid="add-rule">
            {t('assignment.add')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('assignment.fallbacksTitle')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={branchList}
          columns={[
            { title: t('assignment.fields.branches'), dataIndex: 'name' },
            {
              title: t('assignment.fields.target'),
              key: 'team',
              render: (_v, branch: { id: string; name: string }) => {
                const fallback = rules.fallbacks.find((f) => f.branchId === branch.id);
                return (
                  <Space>
                    <Select<string>
                      allowClear
                      style={{ width: 220 }}
                      aria-label={`${branch.name} ${t('assignment.fields.target')}`}
                      placeholder={t('assignment.fallbackNone')}
                      value={fallback?.target.teamId}
                      onChange={(teamId?: string) => setFallback(branch.id, teamId, fallback?.target.strategy ?? 'leastLoad')}
                      options={teamList.filter((team) => team.branchId === branch.id).map((team) => ({ value: team.id, label: team.name }))}
                    />
                    <Select<RoutingStrategy>
                      style={{ width: 140 }}
                      aria-label={`${branch.name} ${t('assignment.fields.strategy')}`}
                      disabled={!fallback}
                      value={fallback?.target.strategy ?? 'leastLoad'}
                      onChange={(strategy) => fallback && setFallback(branch.id, fallback.target.teamId, strategy)}
                      options={ROUTING_STRATEGIES.filter((s) => s !== 'skills').map((s) => ({ value: s, label: t(`assignment.strategy.${s}`) }))}
                    />
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
    </Space>
  );
}
