import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/hooks';

/** 质检: a closed complaint's score against the organisation's scorecard, check by check, with what was found. */
export function ScorecardCard({ complaintId }: { complaintId: string }) {
  const { t, i18n } = useTranslation();
  const score = useDeskQuery('assist.scorecard', { id: complaintId });
  if (!score.data?.scored) return null;
  const { data } = score;
  return (
    <Card size="small" title={t('assist.scorecard.title', { score: data.score, max: data.max })} data-testid="scorecard">
      <Flex vertical gap={4}>
        {data.results.map((result) => (
          <Flex key={result.id} gap={6} align="baseline" data-testid="scorecard-check" data-passed={result.passed}>
            <Typography.Text type={result.passed ? 'success' : 'danger'}>
              {result.passed ? <CheckCircleOutlined aria-label={t('assist.scorecard.passed')} /> : <CloseCircleOutlined aria-label={t('assist.scorecard.failed')} />}
            </Typography.Text>
            <Flex vertical>
              <Typography.Text>
                {i18n.language === 'en' ? result.en : result.zh} · {result.points}
              </Typography.Text>
              {result.found && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(result.kind === 'required' ? 'assist.scorecard.foundRequired' : 'assist.scorecard.foundForbidden', { phrase: result.found })}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
