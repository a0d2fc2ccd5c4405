import { Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TeamQueueItem, TeamQueueSort } from '../../../shared/api/team';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { stageLabelKey } from '../../../shared/domain/stages';
import { DeadlineBadge } from '../../components/deadline-badge';
import { formatDateTime } from '../../components/format-date-time';
import { useTaxonomy } from '../../components/use-taxonomy';
import type { TeamQueueView } from './use-team-queue';

interface Props {
  items: TeamQueueItem[];
  loading: boolean;
  view: TeamQueueView;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onSort: (sortBy: TeamQueueSort, direction: 'asc' | 'desc') => void;
  onNearEnd: () => void;
}

const ROW_HEIGHT = 39;

/** antd's virtual table: only the rows in view are in the DOM, so 100k complaints scroll; pages load as it nears the end. */
export function TeamTable({ items, loading, view, selected, onSelect, onSort, onNearEnd }: Props) {
  const { t } = useTranslation();
  const { subtypeLabel } = useTaxonomy();
  const navigate = useNavigate();
  const sortOrder = (key: TeamQueueSort) => (view.sortBy === key ? (view.direction === 'asc' ? 'ascend' : 'descend') : null);
  return (
    <Table<TeamQueueItem>
      data-testid="team-table"
      virtual
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1100, y: 520 }}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys as string[]), columnWidth: 40 }}
      onScroll={(event) => {
        const el = event.currentTarget;
        if (el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 20) onNearEnd();
      }}
      onChange={(_p, _f, sorter) => {
        const s = sorter as SorterResult<TeamQueueItem>;
        if (s.columnKey && s.order) onSort(s.columnKey as TeamQueueSort, s.order === 'ascend' ? 'asc' : 'desc');
        else onSort('dueAt', 'asc');
      }}
      onRow={(row) => ({ onDoubleClick: () => navigate(`/complaints/${row.id}`) })}
      columns={[
        {
          title: t('team.columns.number'), key: 'number', width: 190, sorter: true, sortOrder: sortOrder('number'),
          render: (_, row) => (
            <>
              <a href={`#/complaints/${row.id}`} onClick={(e) => (e.preventDefault(), navigate(`/complaints/${row.id}`))}>{row.number}</a>
              {row.needsReview && (
                <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="team-needs-review">
                  {t('sync.review.tag')}
                </Tag>
              )}
            </>
          ),
        },
        { title: t('team.columns.customer'), dataIndex: 'customerName', width: 90 },
        {
          title: t('team.columns.type'), key: 'type', width: 230, ellipsis: true,
          render: (_, row) => `${t(complaintTypeLabelKey(row.complaintType))} / ${subtypeLabel(row.complaintSubtype)}`,
        },
        { title: t('team.columns.stage'), key: 'stage', width: 90, sorter: true, sortOrder: sortOrder('stage'), render: (_, row) => t(stageLabelKey(row.stage)) },
        { title: t('team.columns.agent'), key: 'assignee', width: 120, sorter: true, sortOrder: sortOrder('assignee'), render: (_, row) => (row.assignee ? `${row.assignee.name} ${row.assignee.id}` : '—') },
        { title: t('team.columns.deadline'), key: 'dueAt', width: 250, sorter: true, sortOrder: sortOrder('dueAt'), render: (_, row) => <DeadlineBadge deadline={row.deadline} /> },
        { title: t('team.columns.receivedAt'), key: 'receivedAt', width: 140, sorter: true, sortOrder: sortOrder('receivedAt'), render: (_, row) => formatDateTime(row.receivedAt) },
      ]}
    />
  );
}
