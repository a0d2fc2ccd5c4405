import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintType } from '../../../../shared/domain/complaint-types';
import type { PhraseLanguage } from '../../../../shared/domain/suggested-phrases';
import { useDeskQuery } from '../../../api/hooks';

/** 参考话术: short phrases to calm and reassure, for the chosen complaint type, in the agent's language. */
export function SuggestedPhrasesPanel({ type }: { type: ComplaintType | undefined }) {
  const { t, i18n } = useTranslation();
  const book = useDeskQuery('phrases.get', {}, { enabled: type !== undefined });
  if (!type) return null;
  const language: PhraseLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const phrases = book.data?.[type][language] ?? [];
  return (
    <Card size="small" title={t('phrases.title')} data-testid="suggested-phrases" styles={{ body: { padding: '6px 12px' } }}>
      {phrases.map((phrase) => (
        <Typography.Paragraph key={phrase} style={{ fontSize: 13, marginBottom: 6 }}>
          “{phrase}”
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
