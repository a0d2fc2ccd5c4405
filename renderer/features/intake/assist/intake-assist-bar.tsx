import { WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssistAnalysis } from '../../../../shared/api/assist';
import { ESCALATION_TAG } from '../../../../shared/domain/assist/watch-list';
import { complaintTypeLabelKey } from '../../../../shared/domain/complaint-types';
import type { IntakeInput } from '../../../../shared/domain/intake';
import { useTaxonomy } from '../../../components/use-taxonomy';
import { useAssistKeys } from './use-assist-keys';

interface Props {
  control: Control<IntakeInput>;
  setValue: UseFormSetValue<IntakeInput>;
  analysis: AssistAnalysis | undefined;
}

/**
 * Beside the type fields: the desk's type suggestions with their confidence (Alt+A or a click accepts the first,
 * a click any other) and, when the watch list heard something, the 扬言投诉升级 tag offered (Alt+R confirms).
 * Nothing is filled until the agent accepts.
 */
export function IntakeAssistBar({ control, setValue, analysis }: Props) {
  const { t } = useTranslation();
  const { taxonomy, subtypeLabel } = useTaxonomy();
  const type = useWatch({ control, name: 'complaintType' });
  const subtype = useWatch({ control, name: 'complaintSubtype' });
  const emotionTags = useWatch({ control, name: 'emotionTags' }) ?? [];
  const known = (s: AssistAnalysis['suggestions'][number]) => taxonomy[s.type].some((entry) => entry.code === s.subtype);
  const suggestions = (analysis?.suggestions ?? []).filter(known);
  const accepted = (s: (typeof suggestions)[number]) => s.type === type && s.subtype === subtype;

  const accept = useCallback(
    (s: (typeof suggestions)[number]) => {
      setValue('complaintType', s.type, { shouldDirty: true });
      setValue('complaintSubtype', s.subtype as IntakeInput['complaintSubtype'], { shouldDirty: true });
    },
    [setValue],
  );
  const first = suggestions[0];
  const riskOpen = Boolean(analysis?.risk.suggested) && !emotionTags.includes(ESCALATION_TAG);
  const confirmRisk = useCallback(
    () => setValue('emotionTags', [...emotionTags.filter((tag) => tag !== ESCALATION_TAG), ESCALATION_TAG], { shouldDirty: true }),
    [emotionTags, setValue],
  );
  useAssistKeys(first && !accepted(first) ? () => accept(first) : null, riskOpen ? confirmRisk : null);

  if (suggestions.length === 0 && !riskOpen) return null;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 6 }} data-testid="intake-assist" role="region" aria-label={t('assist.region')}>
      {suggestions.length > 0 && (
        <Flex wrap gap={4} align="center" data-testid="type-suggestions">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assist.suggested')}
          </Typography.Text>
          {suggestions.map((s, index) => (
            <Button
              key={`${s.type}/${s.subtype}`}
              size="small"
              type={accepted(s) ? 'primary' : 'default'}
              onClick={() => accept(s)}
              data-testid="type-suggestion"
              aria-pressed={accepted(s)}
            >
              {t(complaintTypeLabelKey(s.type))} › {subtypeLabel(s.subtype)} · {Math.min(99, Math.round(s.confidence * 100))}%
              {index === 0 && !accepted(s) && <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>Alt+A</Tag>}
            </Button>
          ))}
        </Flex>
      )}
      {riskOpen && (
        <Flex wrap gap={6} align="center" data-testid="escalation-risk" role="status">
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            <WarningOutlined /> {t('assist.risk.heard', { phrases: analysis!.risk.phrases.join('、') })}
          </Typography.Text>
          <Button size="small" onClick={confirmRisk}>
            {t('assist.risk.confirm')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
