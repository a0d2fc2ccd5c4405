import { useEffect, useState } from 'react';
import type { Draft } from '../../../../shared/api/drafts';
import { callDesk } from '../../../api/client';

type LatestDraft = { loading: true } | { loading: false; draft: Draft | null };

/**
 * The agent's newest unsaved intake — or the one the agent chose (`draftId`) — read fresh each time the
 * intake opens (never from a cache: it must be exactly what was last typed). Skipped when a call pops a
 * fresh intake.
 */
export function useLatestDraft(enabled: boolean, draftId: string | null = null): LatestDraft {
  const [state, setState] = useState<LatestDraft>(enabled ? { loading: true } : { loading: false, draft: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    callDesk('drafts.latest', { form: 'intake' }).then(
      (drafts) => live && setState({ loading: false, draft: drafts.find((d) => d.id === draftId) ?? drafts[0] ?? null }),
      () => live && setState({ loading: false, draft: null }),
    );
    return () => {
      live = false;
    };
  }, [draftId, enabled]);
  return state;
}
