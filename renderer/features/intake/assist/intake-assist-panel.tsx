import { Card, Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssistAnalysis } from '../../../../shared/api/assist';
import { complaintTypeLabelKey } from '../../../../shared/domain/complaint-types';

/** The right column's part: the description's key terms as chips, and similar open or recent complaints. */
export function IntakeAssistPanel({ analysis }: { analysis: AssistAnalysis | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (!analysis || (analysis.keywords.length === 0 && analysis.similar.length === 0)) return null;
  return (
    <Card size="small" title={t('assist.panel.title')} data-testid="assist-panel" styles={{ body: { padding: '6px 12px' } }}>
      {analysis.keywords.length > 0 && (
        <Flex wrap gap={4} data-testid="assist-keywords" aria-label={t('assist.panel.keywords')} role="list">
          {analysis.keywords.map((k) => (
            <Tag key={k.keyword} role="listitem" style={{ marginInlineEnd: 0 }}>
              {k.keyword}
            </Tag>
          ))}
        </Flex>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 8 }}>
        {t('assist.panel.similar')}
      </Typography.Text>
      {analysis.similar.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assist.panel.noSimilar')}
        </Typography.Text>
      )}
      {analysis.similar.map(({ complaint, samePolicy, overlap }) => (
        <Flex key={complaint.id} vertical gap={2} style={{ padding: '4px 0', borderBottom: `1px solid ${token.colorSplit}` }} data-testid="similar-complaint">
          <Flex justify="space-between" gap={6}>
            <Link to={`/complaints/${complaint.id}`}>{complaint.number}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {samePolicy ? t('assist.panel.samePolicy') : t('assist.panel.overlap', { percent: Math.round(overlap * 100) })}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(complaintTypeLabelKey(complaint.complaintType))} · {complaint.customerName} · {t(`status.${complaint.status}`)}
          </Typography.Text>
        </Flex>
      ))}
    </Card>
  );
}
