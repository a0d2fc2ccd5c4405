import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { DeskEvent, EventPayload } from '../../../shared/api/events';
import { useDeskEvents } from '../../api/hooks';
import { queryGroups } from '../../api/query-keys';
import { hasUnsavedWork } from '../../forms/unsaved-work';
import { useActiveCallStore } from './active-call-store';
import { useIncomingCallStore } from './incoming-call-store';

/** What the intake route receives in its location state when a call pops it. */
export interface ScreenPopState {
  poppedCall: EventPayload<'call.incoming'>['call'];
}

/**
 * Screen-pop: an incoming call meant for this agent opens a fresh intake for it at once (the number and
 * the call travel in the route state) — unless the agent is typing something not yet saved: then the
 * call is announced and the agent chooses when to switch, so nothing typed leaves the screen unasked.
 * Answer and hang-up keep the top-bar timer and the announcement current.
 */
export function useScreenPop() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const show = useActiveCallStore((s) => s.show);
  const update = useActiveCallStore((s) => s.update);
  const announce = useIncomingCallStore((s) => s.announce);
  const updateWaiting = useIncomingCallStore((s) => s.update);
  const onEvent = useCallback(
    (event: DeskEvent) => {
      if (event.name === 'call.incoming') {
        if (event.payload.popUp) {
          show(event.payload.call);
          if (hasUnsavedWork()) announce(event.payload);
          else navigate('/intake', { state: { poppedCall: event.payload.call } satisfies ScreenPopState });
        }
      } else if (event.name === 'call.updated') {
        update(event.payload.call);
        updateWaiting(event.payload.call);
      }
      // After the pop, so the calls list's refetch does not hold up the intake.
      if (event.name === 'call.incoming' || event.name === 'call.updated') void queryClient.invalidateQueries({ queryKey: queryGroups.calls });
    },
    [announce, navigate, queryClient, show, update, updateWaiting],
  );
  useDeskEvents(onEvent);
}
