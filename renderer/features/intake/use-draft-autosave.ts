import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { callDesk } from '../../api/client';

/** Autosave waits this long after the last keystroke: well inside the 500 ms a crash may cost. */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * Saves the form as typed to the desk's drafts table, debounced. stop() cancels what is pending and waits for
 * what is in flight, so a save that turns the draft into a complaint is never followed by a stale autosave.
 * Leaving the form (unmount) saves what is pending at once rather than dropping the last keystrokes.
 */
export function useDraftAutosave(draftId: string, callId: string | null) {
  const timer = useRef<number | null>(null);
  const pending = useRef<Record<string, unknown> | null>(null);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const queryClient = useQueryClient();

  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  const saveNow = useCallback(() => {
    const values = pending.current;
    cancel();
    if (!values) return;
    const payload = JSON.parse(JSON.stringify(values)) as Record<string, unknown>;
    inFlight.current = callDesk('drafts.save', { id: draftId, form: 'intake', payload, callId }).then(
      (draft) => {
        setSavedAt(draft.updatedAt);
        setFailed(false);
        // The list of open drafts (not the restore, which always reads afresh) shows the new name.
        void queryClient.invalidateQueries({ queryKey: ['drafts.latest'] });
      },
      () => setFailed(true),
    );
  }, [callId, cancel, draftId, queryClient]);

  const schedule = useCallback(
    (values: Record<string, unknown>) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      pending.current = values;
      timer.current = window.setTimeout(saveNow, AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  const stop = useCallback(async () => {
    cancel();
    await inFlight.current;
  }, [cancel]);

  useEffect(() => saveNow, [saveNow]);
  return { schedule, stop, savedAt, failed };
}
