import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { channelLabelKey } from '../../../../shared/domain/channels';
import { demandTagLabelKey, emotionTagLabelKey } from '../../../../shared/domain/quick-tags';
import type { Complaint } from '../../../../shared/domain/complaint';
import { complaintTypeLabelKey } from '../../../../shared/domain/complaint-types';
import { formatDateTime } from '../../../components/format-date-time';
import { PhoneNumber } from '../../../components/phone-number';
import { useTaxonomy } from '../../../components/use-taxonomy';

/** The quick tags set while listening, or a dash when none were. */
function TagList({ labels, color, testId }: { labels: string[]; color: string; testId: string }) {
  if (labels.length === 0) return <span data-testid={testId}>—</span>;
  return (
    <Space size={[4, 4]} wrap data-testid={testId}>
      {labels.map((label) => (
        <Tag key={label} color={color} style={{ marginInlineEnd: 0 }}>
          {label}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * Each label column as wide as its longest label, on one line (width 1% shrinks it to that in the table's auto
 * layout); the values get the rest. The long-text fields have shorter names here than on the intake form, whose
 * labels also tell the agent what to write.
 */
const LABEL_STYLE = { whiteSpace: 'nowrap', width: '1%' } as const;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** What was captured on the call, for reference while working the later stages. */
export function IntakeSummary({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { subtypeLabel } = useTaxonomy();
  const { intake } = complaint;
  return (
    <Descriptions column={2} size="small" bordered styles={{ label: LABEL_STYLE }} data-testid="intake-summary">
      <Descriptions.Item label={t('intake.fields.customerName')}>
        {intake.customerName}
        {complaint.repeatOf && (
          <Tag color="orange" style={{ display: 'table', marginTop: 4, whiteSpace: 'normal', overflowWrap: 'anywhere' }} data-testid="repeat-complaint" title={t('regulatory.repeat.of', { number: complaint.repeatOf.number, date: formatDateTime(complaint.repeatOf.receivedAt) })}>
            {t('regulatory.repeat.badge')} · {complaint.repeatOf.number}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.fields.contactPhone')}>
        <PhoneNumber value={intake.contactPhone} />
      </Descriptions.Item>
      {/* A whole row when given: the pairs below keep their places, and the 18 characters are read unbroken. */}
      {intake.idNumber ? (
        <Descriptions.Item label={t('intake.fields.idNumber')} span={2}>
          <span style={NO_WRAP} data-testid="intake-id-number">
            {intake.idNumber}
          </span>
        </Descriptions.Item>
      ) : null}
      {/* Numbers and times are read whole: a policy number broken at its hyphen is easily misread. */}
      <Descriptions.Item label={t('intake.fields.policyNumber')}>
        <span style={NO_WRAP}>{intake.policyNumber || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.fields.callTime')}>
        <span style={NO_WRAP}>{formatDateTime(intake.callTime)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('intake.fields.channel')}>{t(channelLabelKey(intake.channel))}</Descriptions.Item>
      <Descriptions.Item label={t('intake.fields.complaintType')}>
        {/* Type and subtype are each read whole; a narrow cell breaks between them, at the slash. */}
        <span data-testid="complaint-type-value">
          <span style={NO_WRAP}>{t(complaintTypeLabelKey(intake.complaintType))}</span> / <span style={NO_WRAP}>{subtypeLabel(intake.complaintSubtype)}</span>
          {intake.subtypeDetail ? `（${intake.subtypeDetail}）` : ''}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.intakeFields.emotionTags')}>
        <TagList testId="emotion-tags" labels={(intake.emotionTags ?? []).map((tag) => t(emotionTagLabelKey(tag)))} color="volcano" />
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.intakeFields.demandTags')}>
        <TagList testId="demand-tags" labels={(intake.demandTags ?? []).map((tag) => t(demandTagLabelKey(tag)))} color="blue" />
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.intakeFields.description')} span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{intake.description}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.intakeFields.demand')} span={2}>
        {intake.demand}
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.intakeFields.initialJudgement')} span={2}>
        {intake.initialJudgement || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.createdBy')}>
        {t('format.person', { name: complaint.createdBy.name, id: complaint.createdBy.id })}
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.assignee')}>
        {complaint.assignee ? t('format.person', { name: complaint.assignee.name, id: complaint.assignee.id }) : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
