import { Card, Flex, Grid, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { STAGES, stageIndex, stageLabelKey } from '../../../../shared/domain/stages';
import type { DeadlineInfo } from '../../../../shared/domain/workflow/deadlines';
import { DeadlineBadge } from '../../../components/deadline-badge';

/**
 * The seven stages with the current one highlighted, and the complaint's deadline beside them. A stage name is never
 * broken; where the names and the deadline do not fit on one row (Chinese at 1280 wide), the deadline moves below,
 * still at the right. In a narrow window the stages stand one under another.
 */
export function StageBar({ complaint, deadline }: { complaint: Complaint; deadline: DeadlineInfo | undefined }) {
  const { t } = useTranslation();
  const ended = complaint.status !== 'open';
  const current = stageIndex(complaint.stage);
  // Seven whole names do not fit a narrow window (a laptop zoomed to 200 %): there they stand one under another.
  const narrow = Grid.useBreakpoint().lg === false;
  return (
    <Card size="small" data-testid="stage-bar">
      <Flex align="center" gap="8px 16px" wrap>
        <Steps
          size="small"
          orientation={narrow ? 'vertical' : 'horizontal'}
          style={{ flex: 1 }}
          styles={{ itemTitle: { whiteSpace: 'nowrap' } }}
          current={complaint.status === 'closed' ? STAGES.length : current}
          status={complaint.status === 'withdrawn' ? 'error' : undefined}
          items={STAGES.map((stage) => ({ title: t(stageLabelKey(stage)) }))}
        />
        {deadline && (
          <Flex vertical align="end" gap={2} style={{ flexShrink: 0, marginInlineStart: 'auto' }} data-testid="stage-deadline">
            <DeadlineBadge deadline={deadline} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('deadline.allowedDays', { days: deadline.allowedDays })} · {t(`workflow.complexity.${complaint.complexity}`)}
              {ended && ` · ${t(`status.${complaint.status}`)}`}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
