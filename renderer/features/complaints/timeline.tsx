import { Empty, Timeline as AntTimeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/domain/complaint';
import { formatDateTime } from './format';

/** Who did what when, and what changed from what to what. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <AntTimeline
      items={events.map((event) => ({
        key: event.id,
        content: (
          <div data-testid="timeline-event">
            <Typography.Text strong>{t(`timeline.kind.${event.kind}`, { defaultValue: event.kind })}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(event.at)} · {event.actor.name}（{event.actor.id}）
              </Typography.Text>
            </div>
            {event.changes.map((change) => (
              <div key={change.field}>
                <Typography.Text type="secondary">{change.field}: </Typography.Text>
                {String(change.from ?? '—')} → {String(change.to ?? '—')}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
