import { Flex } from 'antd';
import { useWatch, type Control } from 'react-hook-form';
import type { DuplicateMatch } from '../../../../shared/api/duplicates';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { CallerHistoryPanel } from './caller-history-panel';
import { DuplicateOffer } from './duplicate-offer';
import { SuggestedPhrasesPanel } from './suggested-phrases-panel';
import { IntakeAssistAside } from '../assist/intake-assist';

interface Props {
  control: Control<IntakeInput>;
  duplicates: DuplicateMatch[];
  onAddTo: (complaintId: string) => void;
  onDismissDuplicates: () => void;
}

/** The intake's right column: the open-complaint offer, the caller's history, then phrases for the chosen type. */
export function IntakeAside({ control, duplicates, onAddTo, onDismissDuplicates }: Props) {
  const phone = useWatch({ control, name: 'contactPhone' }) ?? '';
  const type = useWatch({ control, name: 'complaintType' });
  return (
    <Flex vertical gap={10}>
      <DuplicateOffer matches={duplicates} onAddTo={onAddTo} onDismiss={onDismissDuplicates} />
      <CallerHistoryPanel phone={phone} />
      <IntakeAssistAside control={control} />
      <SuggestedPhrasesPanel type={type} />
    </Flex>
  );
}
