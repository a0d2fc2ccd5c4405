import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { DeskEventListener } from '../../shared/api/events';
import { ApiError, callDesk, deskTransport } from './client';
import { changedBy, changedByEvent, invalidateChanged, queryKeyOf } from './query-keys';

export function useDeskQuery<C extends CallName>(
  call: C,
  input: CallInput<C>,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery<CallOutput<C>, ApiError>({
    queryKey: queryKeyOf(call, input),
    queryFn: () => callDesk(call, input),
    enabled: options.enabled ?? true,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  });
}

export function useDeskMutation<C extends CallName>(call: C) {
  const queryClient = useQueryClient();
  return useMutation<CallOutput<C>, ApiError, CallInput<C>>({
    mutationFn: (input) => callDesk(call, input),
    onSuccess: (_output, input) => invalidateChanged(queryClient, changedBy(call, input)),
  });
}

/** Desk events (a complaint changed elsewhere, the organisation's settings arrived) refresh what they changed. */
export function useDeskEvents(onEvent?: DeskEventListener) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      deskTransport().subscribe((event) => {
        void invalidateChanged(queryClient, changedByEvent(event));
        onEvent?.(event);
      }),
    [queryClient, onEvent],
  );
}
