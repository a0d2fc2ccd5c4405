import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityView } from '../../../shared/api/quality';
import { useDeskQuery } from '../../api/hooks';
import { QualityActionDialog, type QualityAction } from './quality-action-dialog';
import { QualityCheckHistory } from './quality-check-history';

type CheckView = QualityView['checks'][number];

/**
 * 质检: a closed complaint's score as kept when it closed (or provisional, while only this desk has scored it), check
 * by check with the words found; the team's lead confirms or overrides a check, the handler appeals a failed one.
 */
export function ScorecardCard({ complaintId }: { complaintId: string }) {
  const { t, i18n } = useTranslation();
  const quality = useDeskQuery('assist.quality.get', { id: complaintId });
  const [action, setAction] = useState<{ kind: QualityAction; check: CheckView } | null>(null);
  const data = quality.data;
  if (!data || data.state === 'open') return null;
  const title = (
    <Flex gap={6} align="center" wrap>
      <span>{t('assist.scorecard.title', { score: data.score, max: data.max })}</span>
      {data.state === 'computed' && <Tag>{t('assist.quality.computed')}</Tag>}
      {data.provisional && data.state === 'closed' && <Tag color="gold">{t('assist.quality.provisional')}</Tag>}
      {data.scorecardVersion !== null && data.scorecardVersion > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assist.quality.version', { version: data.scorecardVersion })}
        </Typography.Text>
      )}
    </Flex>
  );
  return (
    <Card size="small" title={title} data-testid="scorecard">
      <Flex vertical gap={10}>
        {data.checks.map((check) => (
          <Flex key={check.id} gap={6} align="baseline" data-testid="scorecard-check" data-check={check.id} data-passed={check.passed}>
            <Typography.Text type={check.passed ? 'success' : 'danger'}>
              {check.passed ? <CheckCircleOutlined aria-label={t('assist.scorecard.passed')} /> : <CloseCircleOutlined aria-label={t('assist.scorecard.failed')} />}
            </Typography.Text>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text>
                {i18n.language === 'en' ? check.en : check.zh} · {t('assist.quality.weight', { weight: check.weight })}
              </Typography.Text>
              {check.found && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(check.kind === 'required' ? 'assist.scorecard.foundRequired' : 'assist.scorecard.foundForbidden', { phrase: check.found })}
                </Typography.Text>
              )}
              {check.evidence && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="scorecard-evidence">
                  {t('assist.quality.evidence', { text: check.evidence })}
                </Typography.Text>
              )}
              <QualityCheckHistory check={check} />
              <CheckActions check={check} onAction={(kind) => setAction({ kind, check })} />
            </Flex>
          </Flex>
        ))}
      </Flex>
      {action && (
        <QualityActionDialog
          complaintId={complaintId}
          baseVersion={data.version}
          action={action.kind}
          checkId={action.check.id}
          checkName={i18n.language === 'en' ? action.check.en : action.check.zh}
          onClose={() => setAction(null)}
        />
      )}
    </Card>
  );
}

const APPEAL_OPEN = 'assist.quality.refusal.appealOpen';

/** The buttons this person has for a check: a lead's review and resolution, the handler's appeal (disabled with why while one is open). */
function CheckActions({ check, onAction }: { check: CheckView; onAction: (kind: QualityAction) => void }) {
  const { t } = useTranslation();
  const { review, appeal, resolve } = check.actions;
  if (review !== null && appeal !== null && appeal !== APPEAL_OPEN && resolve !== null) return null;
  return (
    <Flex gap={6} wrap>
      {review === null && (
        <>
          <Button size="small" onClick={() => onAction('confirm')} data-testid="quality-confirm">
            {t('assist.quality.review.confirm')}
          </Button>
          <Button size="small" onClick={() => onAction('override')} data-testid="quality-override">
            {t('assist.quality.review.override')}
          </Button>
        </>
      )}
      {resolve === null && (
        <Button size="small" type="primary" onClick={() => onAction('resolve')} data-testid="quality-resolve">
          {t('assist.quality.resolve.button')}
        </Button>
      )}
      {appeal === null && (
        <Button size="small" onClick={() => onAction('appeal')} data-testid="quality-appeal">
          {t('assist.quality.appeal.button')}
        </Button>
      )}
      {appeal === APPEAL_OPEN && (
        <Tooltip title={t(APPEAL_OPEN)} trigger={['hover', 'focus']}>
          <span tabIndex={0} aria-label={t(APPEAL_OPEN)} data-testid="disabled-reason" style={{ display: 'inline-block', cursor: 'not-allowed' }}>
            <Button size="small" disabled>
              {t('assist.quality.appeal.button')}
            </Button>
          </span>
        </Tooltip>
      )}
    </Flex>
  );
}
