import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { callDesk } from '../../../api/client';
import { queryGroups } from '../../../api/query-keys';
import { DraftAutosaver } from './draft-autosaver';

/**
 * Saves the form as typed to the desk's drafts table, debounced (DraftAutosaver keeps the timing).
 * stop() cancels what is pending and waits for what is in flight, so a save that turns the draft into
 * a complaint is never followed by a stale autosave. Leaving the form (unmount) saves what is pending
 * at once rather than dropping the last keystrokes.
 */
export function useDraftAutosave(draftId: string, callId: string | null) {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const queryClient = useQueryClient();
  const saver = useMemo(
    () =>
      new DraftAutosaver((payload) =>
        callDesk('drafts.save', { id: draftId, form: 'intake', payload, callId }).then(
          (draft) => {
            setSavedAt(draft.updatedAt);
            setFailed(false);
            // The list of open drafts (not the restore, which always reads afresh) shows the new name.
            void queryClient.invalidateQueries({ queryKey: queryGroups.drafts });
          },
          () => setFailed(true),
        ),
      ),
    [callId, draftId, queryClient],
  );
  const schedule = useCallback((values: Record<string, unknown>) => saver.schedule(values), [saver]);
  const stop = useCallback(() => saver.stop(), [saver]);
  useEffect(() => () => saver.flush(), [saver]);
  return { schedule, stop, savedAt, failed };
}
