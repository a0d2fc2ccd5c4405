import { Empty, Timeline as AntTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../../shared/domain/complaint';
import { formatDateTime } from '../../../components/format-date-time';
import { describeChange, eventDetail } from './timeline-format';

/** Who did what when, and what changed from what to what — newest first. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <AntTimeline
      items={[...events].reverse().map((event) => {
        const detail = eventDetail(event, t);
        return {
          key: event.id,
          color: event.kind === 'solution.refused' || event.kind === 'complaint.withdrawn' ? 'red' : undefined,
          content: (
            <div data-testid="timeline-event" data-kind={event.kind}>
              <Typography.Text strong>{t(`timeline.kind.${event.kind}`, { defaultValue: event.kind })}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(event.at)} · {t('format.person', { name: event.actor.name, id: event.actor.id })}
                </Typography.Text>
              </div>
              {detail && <div style={{ whiteSpace: 'pre-wrap' }}>{detail}</div>}
              {event.changes.map((change) => {
                const line = describeChange(change, t);
                return (
                  <div key={change.field} data-testid="timeline-change" style={{ fontSize: 13 }}>
                    <Typography.Text type="secondary">{t('format.labelled', { label: line.label })}</Typography.Text>
                    {line.from === undefined ? line.to : `${line.from} → ${line.to}`}
                    {line.record && (
                      <ul style={{ margin: '2px 0 4px', paddingInlineStart: 18 }}>
                        {line.record.map((r) => (
                          <li key={r.label}>
                            <Typography.Text type="secondary">{t('format.labelled', { label: r.label })}</Typography.Text>
                            {r.value}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          ),
        };
      })}
    />
  );
}
