import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/api/contract';
import type { SearchFilters as Filters } from '../../../shared/api/search';
import type { Agent } from '../../../shared/api/session';
import { COMPLAINT_STATUSES } from '../../../shared/domain/complaint';
import { COMPLAINT_TYPE_CODES, complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { STAGES, stageLabelKey } from '../../../shared/domain/stages';
import { useDeskQuery } from '../../api/hooks';

const DAY = 'YYYY-MM-DD';

/** Status, type, stage, date of receipt and (for leads and admins) assignee; every one reachable by Tab. */
export function SearchFilters({ agent, value, onChange }: { agent: Agent; value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const canPickAssignee = mayCall('search.assignees', agent);
  const assignees = useDeskQuery('search.assignees', {}, { enabled: canPickAssignee });
  const set = (patch: Partial<Filters>) => {
    const next: Record<string, unknown> = { ...value, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined || (Array.isArray(next[key]) && (next[key] as unknown[]).length === 0)) delete next[key];
    onChange(next as Filters);
  };
  const singleChoices = [
    { key: 'complaintType', label: t('search.filters.type'), width: 150, options: COMPLAINT_TYPE_CODES.map((c) => ({ value: c, label: t(complaintTypeLabelKey(c)) })) },
    { key: 'stage', label: t('search.filters.stage'), width: 130, options: STAGES.map((s) => ({ value: s, label: t(stageLabelKey(s)) })) },
  ] as const;
  return (
    <Space wrap size={8} data-testid="search-filters">
      <Select
        mode="multiple"
        allowClear
        aria-label={t('search.filters.status')}
        placeholder={t('search.filters.status')}
        style={{ minWidth: 150 }}
        value={value.statuses ?? []}
        options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(statuses) => set({ statuses })}
      />
      {singleChoices.map((f) => (
        <Select<string>
          key={f.key}
          allowClear
          aria-label={f.label}
          placeholder={f.label}
          style={{ width: f.width }}
          value={value[f.key]}
          options={f.options}
          onChange={(v) => set({ [f.key]: v })}
        />
      ))}
      <DatePicker.RangePicker
        aria-label={t('search.filters.received')}
        placeholder={[t('search.filters.receivedFrom'), t('search.filters.receivedTo')]}
        style={{ width: 290 }}
        value={value.receivedFrom && value.receivedTo ? [dayjs(value.receivedFrom), dayjs(value.receivedTo)] : null}
        onChange={(range) => set({ receivedFrom: range?.[0]?.format(DAY), receivedTo: range?.[1]?.format(DAY) })}
      />
      {canPickAssignee && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('search.filters.assignee')}
          placeholder={t('search.filters.assignee')}
          style={{ width: 150 }}
          value={value.assigneeId}
          loading={assignees.isPending}
          options={(assignees.data ?? []).map((a) => ({ value: a.id, label: t('format.person', { name: a.name, id: a.id }) }))}
          onChange={(assigneeId) => set({ assigneeId })}
        />
      )}
    </Space>
  );
}

