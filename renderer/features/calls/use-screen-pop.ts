import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { DeskEvent, EventPayload } from '../../../shared/api/events';
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
    (event: DeskEvent) => {
      if (event.name === 'call.incoming') {
        void queryClient.invalidateQueries({ queryKey: ['calls.list'] });
        if (!event.payload.popUp) return;
        show(event.payload.call);
        navigate('/intake', { state: { poppedCall: event.payload.call } satisfies ScreenPopState });
      } else if (event.name === 'call.updated') {
        void queryClient.invalidateQueries({ queryKey: ['calls.list'] });
        update(event.payload.call);
      }
    },
    [navigate, queryClient, show, update],
  );
  useDeskEvents(onEvent);
}
