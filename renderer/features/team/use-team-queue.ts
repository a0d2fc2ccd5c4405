import { useInfiniteQuery } from '@tanstack/react-query';
import type { TeamQueueFilter, TeamQueuePage, TeamQueueSort } from '../../../shared/api/team';
import { ApiError, callDesk } from '../../api/client';
import { queryKeyOf } from '../../api/query-keys';

export const TEAM_PAGE_SIZE = 100;

export interface TeamQueueView {
  filter: TeamQueueFilter;
  sortBy: TeamQueueSort;
  direction: 'asc' | 'desc';
}

/** The team queue a page at a time: the table asks for the next page as it scrolls near the end. */
export function useTeamQueue(view: TeamQueueView) {
  const query = useInfiniteQuery<TeamQueuePage, ApiError>({
    queryKey: queryKeyOf('team.queue', { ...view, offset: 0, limit: TEAM_PAGE_SIZE }),
    initialPageParam: 0,
    queryFn: ({ pageParam }) => callDesk('team.queue', { ...view, offset: pageParam as number, limit: TEAM_PAGE_SIZE }),
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  const returnVisitsMissing = query.data?.pages[0]?.returnVisitsMissing ?? 0;
  return { ...query, items, total, returnVisitsMissing };
}
