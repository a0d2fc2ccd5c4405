import type { Control, UseFormSetValue } from 'react-hook-form';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { IntakeAssistBar } from './intake-assist-bar';
import { IntakeAssistPanel } from './intake-assist-panel';
import { TranscriptPanel } from './transcript-panel';
import { useAssistAnalysis } from './use-assist-analysis';

/** Under the type fields: suggestions and the escalation offer, from the description being typed. */
export function IntakeAssistSuggestions({ control, setValue }: { control: Control<IntakeInput>; setValue: UseFormSetValue<IntakeInput> }) {
  return <IntakeAssistBar control={control} setValue={setValue} analysis={useAssistAnalysis(control)} />;
}

/** In the right column: the live transcript, key terms and similar complaints (the same analysis, read once). */
export function IntakeAssistAside({ control }: { control: Control<IntakeInput> }) {
  const analysis = useAssistAnalysis(control);
  return (
    <>
      <TranscriptPanel />
      <IntakeAssistPanel analysis={analysis} />
    </>
  );
}
