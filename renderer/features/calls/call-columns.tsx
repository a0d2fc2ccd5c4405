import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { CallRecord } from '../../../shared/api/calls';
import { PhoneNumber } from '../../components/phone-number';
import { formatDuration } from './call-duration';

const time = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm:ss') : '—');

/** The calls table's columns: number, direction, times, duration, result, agent and the complaint taken. */
export function callColumns(t: TFunction): ColumnsType<CallRecord> {
  return [
    {
      title: t('calls.columns.number'),
      dataIndex: 'number',
      render: (_, call) => (
        <span>
          <Typography.Text strong>{call.numberKey ? <PhoneNumber value={call.number} /> : t('calls.anonymous')}</Typography.Text>
          {call.missed && (
            <Tag color="error" style={{ marginInlineStart: 8 }}>
              {t('calls.missed')}
            </Tag>
          )}
        </span>
      ),
    },
    { title: t('calls.columns.direction'), dataIndex: 'direction', width: 80, render: (d: CallRecord['direction']) => t(`calls.direction.${d}`) },
    { title: t('calls.columns.startedAt'), dataIndex: 'startedAt', width: 130, render: time },
    { title: t('calls.columns.answeredAt'), dataIndex: 'answeredAt', width: 130, render: time },
    { title: t('calls.columns.endedAt'), dataIndex: 'endedAt', width: 130, render: time },
    {
      title: t('calls.columns.duration'),
      dataIndex: 'durationSeconds',
      width: 90,
      render: (seconds: number | null) => (seconds === null ? t('calls.ongoing') : formatDuration(seconds)),
    },
    { title: t('calls.columns.cause'), dataIndex: 'cause', width: 110, render: (c: CallRecord['cause']) => (c ? t(`calls.cause.${c}`) : '—') },
    { title: t('calls.columns.agent'), dataIndex: 'agent', width: 100, render: (a: string | null) => a ?? '—' },
    {
      title: t('calls.columns.complaint'),
      dataIndex: 'complaintId',
      width: 110,
      render: (id: string | null) => (id ? <Link to={`/complaints/${id}`}>{t('calls.openComplaint')}</Link> : '—'),
    },
  ];
}
