import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { DeskEventListener } from '../../shared/api/events';
import { ApiError, callDesk, deskTransport } from './client';

export function useDeskQuery<C extends CallName>(
  call: C,
  input: CallInput<C>,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) {
  return useQuery<CallOutput<C>, ApiError>({
    queryKey: [call, input],
    queryFn: () => callDesk(call, input),
    enabled: options.enabled ?? true,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  });
}

export function useDeskMutation<C extends CallName>(call: C) {
  const queryClient = useQueryClient();
  return useMutation<CallOutput<C>, ApiError, CallInput<C>>({
    mutationFn: (input) => callDesk(call, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Desk events (a complaint changed elsewhere, a call came in) refresh what the screens show. */
export function useDeskEvents(onEvent?: DeskEventListener) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      deskTransport().subscribe((event) => {
        if (event.name === 'complaints.changed' || event.name === 'cti.statusChanged') void queryClient.invalidateQueries();
        if (event.name === 'sync.progress') void queryClient.invalidateQueries({ queryKey: ['sync.status'] });
        onEvent?.(event);
      }),
    [queryClient, onEvent],
  );
}
