import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchFilters, SearchResult } from '../../../shared/api/search';
import { ApiError, callDesk } from '../../api/client';
import { queryKeyOf } from '../../api/query-keys';
import { useDebouncedValue } from '../../components/use-debounced-value';

/** Results follow typing: one request once the agent pauses for a moment, the previous results shown meanwhile. */
const TYPING_PAUSE_MS = 120;

export function useSearch(text: string, filters: SearchFilters, enabled: boolean) {
  const settled = useDebouncedValue({ text, filters }, TYPING_PAUSE_MS);
  const query = useQuery<SearchResult, ApiError>({
    queryKey: queryKeyOf('search.query', { text: settled.text, filters: settled.filters }),
    queryFn: () => callDesk('search.query', { text: settled.text, filters: settled.filters }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
  const pending = text !== settled.text || filters !== settled.filters || query.isFetching;
  return { ...query, pending };
}
