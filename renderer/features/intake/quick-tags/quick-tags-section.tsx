import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { DEMAND_TAGS, EMOTION_TAGS, demandTagLabelKey, emotionTagLabelKey } from '../../../../shared/domain/quick-tags';
import { FormField } from '../../../forms/form-field';
import { QuickTagGroup } from './quick-tag-group';

/** The customer's mood and what they want, tagged with one key press while listening. */
export function QuickTagsSection({ control }: { control: Control<IntakeInput> }) {
  const { t } = useTranslation();
  return (
    <div data-intake-section="tags">
      <FormField label={t('tags.emotionTitle')}>
        <Controller
          control={control}
          name="emotionTags"
          render={({ field }) => (
            <QuickTagGroup
              id="intake-emotionTags"
              label={t('tags.emotionTitle')}
              tags={EMOTION_TAGS}
              labelOf={(tag) => t(emotionTagLabelKey(tag))}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
      </FormField>
      <FormField label={t('tags.demandTitle')}>
        <Controller
          control={control}
          name="demandTags"
          render={({ field }) => (
            <QuickTagGroup
              id="intake-demandTags"
              label={t('tags.demandTitle')}
              tags={DEMAND_TAGS}
              labelOf={(tag) => t(demandTagLabelKey(tag))}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
      </FormField>
    </div>
  );
}
