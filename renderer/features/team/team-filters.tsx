import { Checkbox, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TeamMember, TeamQueueFilter } from '../../../shared/api/team';
import { CHANNELS, channelLabelKey } from '../../../shared/domain/channels';
import { COMPLAINT_TYPE_CODES, complaintSubtypeLabelKey, complaintTypeLabelKey, subtypesOf } from '../../../shared/domain/complaint-types';
import { STAGES, stageLabelKey } from '../../../shared/domain/stages';
import { DEADLINE_STATES } from '../../../shared/domain/workflow/deadlines';

interface Props {
  filter: TeamQueueFilter;
  members: TeamMember[];
  onChange: (filter: TeamQueueFilter) => void;
}

/** The team queue's filters: each one narrows the SQL query, none filters in the browser. */
export function TeamFilters({ filter, members, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TeamQueueFilter>) => onChange(Object.fromEntries(Object.entries({ ...filter, ...patch }).filter(([, v]) => v !== undefined)));
  const select = (key: string, value: string | undefined, options: { value: string; label: string }[], onPick: (v: string | undefined) => void, width = 150) => (
    <Select
      data-testid={`team-filter-${key}`}
      aria-label={t(`team.filters.${key}`)}
      placeholder={t(`team.filters.${key}`)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width }}
      value={value}
      options={options}
      onChange={onPick}
    />
  );
  const subtypes = filter.complaintType ? subtypesOf(filter.complaintType) : [];
  return (
    <Space wrap>
      {select('type', filter.complaintType, COMPLAINT_TYPE_CODES.map((c) => ({ value: c, label: t(complaintTypeLabelKey(c)) })), (v) =>
        set({ complaintType: v as TeamQueueFilter['complaintType'], complaintSubtype: undefined }),
      )}
      {select('subtype', filter.complaintSubtype, subtypes.map((c) => ({ value: c, label: t(complaintSubtypeLabelKey(c)) })), (v) =>
        set({ complaintSubtype: v as TeamQueueFilter['complaintSubtype'] }),
      )}
      {select('stage', filter.stage, STAGES.map((s) => ({ value: s, label: t(stageLabelKey(s)) })), (v) => set({ stage: v as TeamQueueFilter['stage'] }), 120)}
      {select('agent', filter.assigneeId, members.map((m) => ({ value: m.id, label: `${m.name} ${m.id}` })), (v) => set({ assigneeId: v }))}
      {select('deadline', filter.deadlineState, DEADLINE_STATES.map((s) => ({ value: s, label: t(`team.deadline.${s}`) })), (v) =>
        set({ deadlineState: v as TeamQueueFilter['deadlineState'] }), 120,
      )}
      {select('channel', filter.channel, CHANNELS.map((c) => ({ value: c, label: t(channelLabelKey(c)) })), (v) => set({ channel: v as TeamQueueFilter['channel'] }), 130)}
      <DatePicker.RangePicker
        aria-label={t('team.filters.received')}
        data-testid="team-filter-received"
        value={filter.receivedFrom && filter.receivedTo ? [dayjs(filter.receivedFrom), dayjs(filter.receivedTo)] : null}
        onChange={(range) =>
          set({ receivedFrom: range?.[0]?.format('YYYY-MM-DD') ?? undefined, receivedTo: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
      />
      <Checkbox data-testid="team-filter-needs-review" checked={filter.needsReview ?? false} onChange={(e) => set({ needsReview: e.target.checked || undefined })}>
        {t('team.filters.needsReview')}
      </Checkbox>
      <Checkbox data-testid="team-filter-return-visit-missing" checked={filter.returnVisitMissing ?? false} onChange={(e) => set({ returnVisitMissing: e.target.checked || undefined })}>
        {t('returnVisit.team.filter')}
      </Checkbox>
    </Space>
  );
}
