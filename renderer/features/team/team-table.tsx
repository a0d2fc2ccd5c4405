import { Table, Tag, Tooltip, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TeamQueueItem, TeamQueueSort } from '../../../shared/api/team';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { stageLabelKey } from '../../../shared/domain/stages';
import { DeadlineBadge, suspendedDaysText } from '../../components/deadline-badge';
import type { DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import type { ReturnVisitInfo } from '../../../shared/domain/workflow/return-visit';
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
const TABLE_WIDTH = 40 + 182 + 90 + 168 + 90 + 110 + 175 + 130;
const isOpen = (row: TeamQueueItem) => row.deadline.endedAs === null;

/** antd's virtual table: only the rows in view are in the DOM, so 100k complaints scroll; pages load as it nears the end. */
/** The deadline as the lead watches it: the badge, and the days the clock stood (挂起) and whether a suspension waits for approval. */
function TeamDeadline({ deadline, returnVisit }: { deadline: DeadlineInfo; returnVisit?: ReturnVisitInfo | null | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <DeadlineBadge deadline={deadline} stacked />
      {returnVisit?.state === 'missing' && (
        <Tag color="error" style={{ marginTop: 2 }} data-testid="team-return-visit-missing">
          {t('returnVisit.team.tag')}
        </Tag>
      )}
      {deadline.suspendedMs > 0 && deadline.state !== 'suspended' && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="team-suspended-days">
          {t('deadline.suspendedFor', { days: suspendedDaysText(deadline.suspendedMs) })}
        </Typography.Text>
      )}
      {deadline.suspensionNeedsApproval && (
        <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }} data-testid="team-suspension-approval">
          {t('suspension.approve.needed')}
        </Typography.Text>
      )}
    </>
  );
}

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
      // The columns' widths add up to what a 1280-wide desk leaves the card (no sideways scrolling there); the deadline stacks.
      scroll={{ x: TABLE_WIDTH, y: 520 }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys as string[]),
        columnWidth: 40,
        // Only an open complaint can be handed to someone; the others say why their box cannot be ticked.
        getCheckboxProps: (row) => ({ disabled: !isOpen(row) }),
        renderCell: (_checked, row, _index, node) =>
          isOpen(row) ? node : (
            <Tooltip title={t('team.reassign.notOpen')}>
              <span data-testid="team-row-not-open">{node}</span>
            </Tooltip>
          ),
      }}
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
          title: t('team.columns.number'), key: 'number', width: 182, sorter: true, sortOrder: sortOrder('number'),
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
        { title: t('team.columns.customer'), dataIndex: 'customerName', width: 90, ellipsis: { showTitle: true } },
        {
          // Type over subtype, both whole: English names are long, and a cut one is a guess.
          title: t('team.columns.type'), key: 'type', width: 168,
          render: (_, row) => (
            <div style={{ lineHeight: 1.3, whiteSpace: 'normal' }} data-testid="team-type">
              <div>{t(complaintTypeLabelKey(row.complaintType))}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{subtypeLabel(row.complaintSubtype)}</Typography.Text>
            </div>
          ),
        },
        { title: t('team.columns.stage'), key: 'stage', width: 90, sorter: true, sortOrder: sortOrder('stage'), render: (_, row) => t(stageLabelKey(row.stage)) },
        { title: t('team.columns.agent'), key: 'assignee', width: 110, sorter: true, sortOrder: sortOrder('assignee'), render: (_, row) => (row.assignee ? `${row.assignee.name} ${row.assignee.id}` : '—') },
        { title: t('team.columns.deadline'), key: 'dueAt', width: 175, sorter: true, sortOrder: sortOrder('dueAt'), render: (_, row) => <TeamDeadline deadline={row.deadline} returnVisit={row.returnVisit} /> },
        { title: t('team.columns.receivedAt'), key: 'receivedAt', width: 130, sorter: true, sortOrder: sortOrder('receivedAt'), render: (_, row) => formatDateTime(row.receivedAt) },
      ]}
    />
  );
}
