import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useWatch, type Control } from 'react-hook-form';
import type { AssistAnalysis } from '../../../../shared/api/assist';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { ApiError, callDesk } from '../../../api/client';
import { queryKeyOf } from '../../../api/query-keys';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { transcriptText, useTranscript } from './transcript-store';

/** Below this many characters a description says too little to suggest anything. */
const MIN_TEXT = 6;

/**
 * The desk's analysis of the description as it is typed (a pause of 300 ms): escalation risk, key terms, type
 * suggestions, similar complaints. Every part of the intake that shows one reads the same query.
 */
export function useAssistAnalysis(control: Control<IntakeInput>): AssistAnalysis | undefined {
  const description = useWatch({ control, name: 'description' }) ?? '';
  const policyNumber = useWatch({ control, name: 'policyNumber' }) ?? '';
  // What the customer said (the live transcript, when one runs) counts as much as what the agent typed.
  const heard = useTranscript(transcriptText);
  const text = useDebouncedValue([description.trim(), heard].filter(Boolean).join('\n'), 300);
  const policy = useDebouncedValue(policyNumber.trim(), 300);
  const input = { text, policyNumber: policy };
  const enabled = text.length >= MIN_TEXT;
  const query = useQuery<AssistAnalysis, ApiError>({
    queryKey: queryKeyOf('assist.analyse', input),
    queryFn: () => callDesk('assist.analyse', input),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return enabled ? query.data : undefined;
}
