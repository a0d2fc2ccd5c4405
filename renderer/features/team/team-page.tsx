import { Card, Collapse, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamQueueFilter } from '../../../shared/api/team';
import { useDeskQuery } from '../../api/hooks';
import { BulkReassignDialog } from './bulk-reassign-dialog';
import { AvailabilityPanel } from './availability-panel';
import { MacroRunDialog } from './macro-run-dialog';
import { reassignCandidates } from './reassign-candidates';
import { TeamFilters } from './team-filters';
import { TeamTable } from './team-table';
import { ReturnVisitsMissingCount } from './return-visits-missing-count';
import { useTeamQueue, type TeamQueueView } from './use-team-queue';

/** 团队: every complaint on the desk, for leads and admins — filter, sort, select, reassign. */
export function TeamPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<TeamQueueView>({ filter: {}, sortBy: 'dueAt', direction: 'asc' });
  const [selected, setSelected] = useState<string[]>([]);
  const members = useDeskQuery('team.members', {});
  // The server's list (online only) adds the team's people who hold nothing yet; offline, the holders alone.
  const users = useDeskQuery('admin.users.list', {});
  const candidates = useMemo(() => reassignCandidates(members.data ?? [], users.data?.users), [members.data, users.data]);
  const queue = useTeamQueue(view);
  // Only open complaints can be handed over: one that ended since it was ticked (withdrawn, say) drops out.
  const selectedItems = useMemo(() => queue.items.filter((item) => selected.includes(item.id) && item.deadline.endedAs === null), [queue.items, selected]);
  const setFilter = (filter: TeamQueueFilter) => (setSelected([]), setView({ ...view, filter }));
  return (
    <Card
      title={t('team.title')}
      extra={
        <Flex gap={12} align="center">
          <Typography.Text type="secondary" data-testid="team-total">
            {t('team.total', { count: queue.total, selected: selectedItems.length })}
          </Typography.Text>
          <ReturnVisitsMissingCount count={queue.returnVisitsMissing} onShow={() => setFilter({ returnVisitMissing: true })} />
          <MacroRunDialog selected={selectedItems} onDone={setSelected} />
          <BulkReassignDialog selected={selectedItems} members={candidates} onDone={setSelected} />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <TeamFilters filter={view.filter} members={members.data ?? []} onChange={setFilter} />
        <TeamTable
          items={queue.items}
          loading={queue.isPending || queue.isFetchingNextPage}
          view={view}
          selected={selected}
          onSelect={setSelected}
          onSort={(sortBy, direction) => setView({ ...view, sortBy, direction })}
          onNearEnd={() => {
            if (queue.hasNextPage && !queue.isFetchingNextPage) void queue.fetchNextPage();
          }}
        />
        {queue.error && <Typography.Text type="danger">{t(queue.error.body.messageKey, queue.error.body.params)}</Typography.Text>}
        <Collapse size="small" items={[{ key: 'availability', label: t('assignment.availability.title'), children: <AvailabilityPanel /> }]} />
      </Flex>
    </Card>
  );
}
