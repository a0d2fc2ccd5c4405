import { useEffect, useRef } from 'react';
import { callDesk } from '../../api/client';
import { useActiveCallStore } from './active-call-store';

/**
 * A complaint opened while a call is live belongs to that call: the first one opened is linked, so the
 * calls table shows what the call was about. The desk's 'call.updated' then carries the link back.
 */
export function useLinkCallToOpenedComplaint(complaintId: string | undefined): void {
  const call = useActiveCallStore((s) => s.call);
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (!complaintId || !call || call.endedAt || call.complaintId || call.direction !== 'in') return;
    const attempt = `${call.id}:${complaintId}`;
    if (tried.current === attempt) return;
    tried.current = attempt;
    callDesk('calls.linkComplaint', { callId: call.id, complaintId }).catch((error: unknown) =>
      console.warn('[calls] could not link the call to the opened complaint', error),
    );
  }, [call, complaintId]);
}
