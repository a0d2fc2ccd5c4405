import { Alert, Card, Col, Descriptions, Row, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { complaintSubtypeLabelKey, complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { channelLabelKey } from '../../../shared/domain/channels';
import { STAGES, stageIndex, stageLabelKey } from '../../../shared/domain/stages';
import { useDeskQuery } from '../../api/hooks';
import { formatDateTime } from './format';
import { Timeline } from './timeline';

export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useDeskQuery('complaints.get', { id });
  if (detail.isPending) return <Spin />;
  if (detail.error) return <Alert type="error" showIcon title={t(detail.error.body.messageKey)} />;
  const { complaint, timeline } = detail.data;
  const { intake } = complaint;
  return (
    <Space direction="vertical" size={14} style={{ width: '100%' }}>
      <Space align="center" size={12}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="complaint-number">
          {complaint.number}
        </Typography.Title>
        <Tag>{t(`status.${complaint.status}`)}</Tag>
      </Space>
      <Card size="small">
        <Steps size="small" current={stageIndex(complaint.stage)} items={STAGES.map((stage) => ({ title: t(stageLabelKey(stage)) }))} />
      </Card>
      <Row gutter={16}>
        <Col span={15}>
          <Card size="small" title={t('detail.sections.intake')}>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={t('intake.fields.customerName')}>{intake.customerName}</Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.contactPhone')}>{intake.contactPhone}</Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.policyNumber')}>{intake.policyNumber || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.callTime')}>{formatDateTime(intake.callTime)}</Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.channel')}>{t(channelLabelKey(intake.channel))}</Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.complaintType')}>
                {t(complaintTypeLabelKey(intake.complaintType))} / {t(complaintSubtypeLabelKey(intake.complaintSubtype))}
              </Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.description')} span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{intake.description}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.demand')} span={2}>
                {intake.demand}
              </Descriptions.Item>
              <Descriptions.Item label={t('intake.fields.initialJudgement')} span={2}>
                {intake.initialJudgement || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.createdBy')}>
                {complaint.createdBy.name}（{complaint.createdBy.id}）
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.assignee')}>
                {complaint.assignee ? `${complaint.assignee.name}（${complaint.assignee.id}）` : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col span={9}>
          <Card size="small" title={t('detail.sections.timeline')}>
            <Timeline events={timeline} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
