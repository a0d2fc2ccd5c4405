import { Alert, Card, Col, Collapse, Flex, Grid, Row, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allowedActions } from '../../../../shared/domain/workflow/allowed-actions';
import { useDeskQuery } from '../../../api/hooks';
import { PhoneNumber } from '../../../components/phone-number';
import { ComplaintActions } from '../actions/complaint-actions';
import { ComplaintPermissions } from './complaint-permissions';
import { ComplaintSidePanel, type ComplaintSideTabs } from './complaint-side-panel';
import { IntakeSummary } from './intake-summary';
import { RefusedSolutions } from './refused-solutions';
import { SuspensionPanel } from './suspension-panel';
import { FirstContactBadge } from './first-contact-badge';
import { StageBar } from '../stages/stage-bar';
import { StageForm } from '../stages/stage-form';
import { stageRecordSections } from '../records/stage-records';
import { PendingRoutingTag } from './pending-routing-tag';
import { ReturnVisitPanel } from '../return-visit/return-visit-panel';
import { ReviewLinks } from './review-links';

/**
 * A complaint: the header and stage bar on top, the current stage's form on the left, and on the right the
 * side information other features add (`aside`: the call it came from) above the timeline and notes.
 */
export function ComplaintPage({ extraTabs, aside }: { extraTabs?: ComplaintSideTabs; aside?: ReactNode } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useDeskQuery('complaints.get', { id });
  const deadline = useDeskQuery('complaints.deadline', { id });
  const session = useDeskQuery('session.current', {});
  const review = useDeskQuery('complaints.reviewState', { id });
  const deadlineSettings = useDeskQuery('settings.deadlines.get', {});
  const firstContact = useDeskQuery('complaints.firstContact', { id });
  // antd's lg (992 CSS px): below it, a 1366-px laptop zoomed past about 135 %.
  const wide = Grid.useBreakpoint().lg !== false;
  if (detail.isPending || session.isPending) return <Spin />;
  if (detail.error) return <Alert type="error" showIcon title={t(detail.error.body.messageKey)} />;
  const { complaint, timeline } = detail.data;
  const agent = session.data?.agent ?? null;
  if (!agent) return null;
  const open = complaint.status === 'open';
  return (
    <ComplaintPermissions.Provider value={allowedActions(complaint, agent)}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Space align="center" size={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="complaint-number">
            {complaint.number}
          </Typography.Title>
          <Tag data-testid="complaint-status">{t(`status.${complaint.status}`)}</Tag>
          {review.data?.needsReview && (
            <Tooltip title={t('sync.review.tagHint')}>
              <Tag color="orange" data-testid="complaint-needs-review">
                {t('sync.review.tag')}
              </Tag>
            </Tooltip>
          )}
          {firstContact.data && <FirstContactBadge info={firstContact.data} />}
          {open && <PendingRoutingTag complaintId={complaint.id} />}
          <Typography.Text type="secondary">
            {complaint.intake.customerName} · <PhoneNumber value={complaint.intake.contactPhone} />
          </Typography.Text>
        </Space>
        <StageBar complaint={complaint} deadline={deadline.data} />
        {/* Stage form beside the timeline on a laptop; the timeline below it when the window is narrow (zoomed to 200 %). */}
        <Row gutter={[16, 12]}>
          <Col span={wide ? 15 : 24} data-testid="complaint-main">
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {open && (
                <Card size="small">
                  <ComplaintActions complaint={complaint} />
                </Card>
              )}
              <SuspensionPanel complaint={complaint} deadline={deadline.data} approvalDays={deadlineSettings.data?.suspensionApprovalDays} />
              {open && complaint.stage === 'solution' && <RefusedSolutions complaint={complaint} />}
              {complaint.status === 'closed' && <ReturnVisitPanel complaint={complaint} />}
              {open ? (
                <StageForm complaint={complaint} agent={agent} />
              ) : (
                <Alert type={complaint.status === 'closed' ? 'success' : 'warning'} showIcon title={t(`workflow.ended.${complaint.status}`)} data-testid="complaint-ended" />
              )}
              <ReviewLinks complaint={complaint} agent={agent} />
              <Collapse
                key={complaint.status}
                size="small"
                defaultActiveKey={open ? (complaint.stage === 'intake' ? ['intake'] : []) : ['intake', ...Object.keys(complaint.stages)]}
                items={[{ key: 'intake', label: t('detail.sections.intake'), children: <IntakeSummary complaint={complaint} /> }, ...stageRecordSections(complaint, t)]}
              />
            </Space>
          </Col>
          <Col span={wide ? 9 : 24} data-testid="complaint-side">
            <Flex vertical gap={12}>
              {aside}
              <ComplaintSidePanel complaint={complaint} timeline={timeline} extraTabs={extraTabs} />
            </Flex>
          </Col>
        </Row>
      </Space>
    </ComplaintPermissions.Provider>
  );
}
