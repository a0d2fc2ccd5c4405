import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DuplicateMatch } from '../../../../shared/api/duplicates';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { callDesk } from '../../../api/client';

/**
 * Looks for the customer's open complaints when the agent leaves the number or policy field. Adding to one
 * links the call to it and drops this intake's draft (one use case in the desk), then opens that complaint.
 */
export function useDuplicateOffer(draftId: string, callId: string | null, beforeLeaving: () => Promise<void>) {
  const navigate = useNavigate();
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const dismissed = useRef(new Set<string>());
  const lastLookup = useRef('');

  const check = useCallback(({ contactPhone, policyNumber }: Pick<IntakeInput, 'contactPhone' | 'policyNumber'>) => {
    const key = `${contactPhone ?? ''}|${policyNumber ?? ''}`;
    if (key === lastLookup.current) return;
    lastLookup.current = key;
    callDesk('complaints.findOpenDuplicates', { contactPhone: contactPhone ?? '', policyNumber: policyNumber ?? '' }).then(
      (found) => setMatches(found.filter((match) => !dismissed.current.has(match.complaint.id))),
      () => setMatches([]),
    );
  }, []);

  const addTo = useCallback(
    async (complaintId: string) => {
      await beforeLeaving();
      // One call, one transaction in the desk: the call is linked and the draft dropped, or neither.
      await callDesk('calls.addIntakeToComplaint', { complaintId, draftId, ...(callId ? { callId } : {}) });
      navigate(`/complaints/${complaintId}`);
    },
    [beforeLeaving, callId, draftId, navigate],
  );

  const dismiss = useCallback(() => {
    setMatches((current) => {
      current.forEach((match) => dismissed.current.add(match.complaint.id));
      return [];
    });
  }, []);

  return { matches, check, addTo, dismiss };
}
