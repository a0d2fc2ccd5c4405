import { PhoneOutlined } from '@ant-design/icons';
import { Card, Descriptions, Divider, Space } from 'antd';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRecord } from '../../../shared/api/calls';
import { useDeskQuery } from '../../api/hooks';
import { PhoneNumber } from '../../components/phone-number';
import { formatDuration } from './call-duration';

const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** One call, laid out for the complaint page's side column: times and the recording reference get a whole row each, so they never wrap mid-value. */
function SourceCall({ call }: { call: CallRecord }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={2}
      data-testid="source-call"
      items={[
        { key: 'number', label: t('calls.columns.number'), children: call.numberKey ? <PhoneNumber value={call.number} /> : t('calls.anonymous') },
        { key: 'direction', label: t('calls.columns.direction'), children: t(`calls.direction.${call.direction}`) },
        { key: 'startedAt', label: t('calls.columns.startedAt'), children: time(call.startedAt), span: 2 },
        { key: 'endedAt', label: t('calls.columns.endedAt'), children: time(call.endedAt), span: 2 },
        { key: 'duration', label: t('calls.columns.duration'), children: call.durationSeconds === null ? '—' : formatDuration(call.durationSeconds), span: 2 },
        { key: 'recording', label: t('calls.source.recording'), children: <span style={{ wordBreak: 'break-all' }}>{call.recordingRef ?? '—'}</span>, span: 2 },
      ]}
    />
  );
}

/**
 * In a complaint page's side column, above the timeline: the call it was taken on (and any linked later),
 * also on the desks that pulled it — a lead sees where it came from.
 */
export function SourceCalls({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const calls = useDeskQuery('calls.ofComplaint', { complaintId });
  if (!calls.data || calls.data.length === 0) return null;
  return (
    <Card
      size="small"
      data-testid="source-calls"
      title={
        <Space size={6}>
          <PhoneOutlined />
          {t('calls.source.title', { count: calls.data.length })}
        </Space>
      }
    >
      {calls.data.map((call, index) => (
        <Fragment key={call.id}>
          {index > 0 && <Divider style={{ margin: '8px 0' }} />}
          <SourceCall call={call} />
        </Fragment>
      ))}
    </Card>
  );
}
