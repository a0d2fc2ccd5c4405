import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { EventPayload } from '../../../shared/api/events';
import { useDeskEvents } from '../../api/hooks';
import { useActiveCallStore } from './active-call-store';

/** What the intake route receives in its location state when a call pops it. */
export interface ScreenPopState {
  poppedCall: EventPayload<'call.incoming'>['call'];
}

/**
 * Screen-pop: an incoming call meant for this agent opens a fresh intake for it at once (the number and
 * the call travel in the route state); answer and hang-up keep the top-bar timer current.
 */
export function useScreenPop() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const show = useActiveCallStore((s) => s.show);
  const update = useActiveCallStore((s) => s.update);
  const onEvent = useCallback(
    (name: string, payload: unknown) => {
      if (name === 'call.incoming' || name === 'call.updated') void queryClient.invalidateQueries({ queryKey: ['calls.list'] });
      if (name === 'call.incoming') {
        const incoming = payload as EventPayload<'call.incoming'>;
        if (!incoming.popUp) return;
        show(incoming.call);
        navigate('/intake', { state: { poppedCall: incoming.call } satisfies ScreenPopState });
      } else if (name === 'call.updated') {
        update((payload as EventPayload<'call.updated'>).call);
      }
    },
    [navigate, queryClient, show, update],
  );
  useDeskEvents(onEvent);
}
