import { Alert, App, Button, Card, Descriptions, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewItemSchema } from '../../../shared/api/sync';
import type { z } from 'zod';
import { useDeskMutation } from '../../api/hooks';
import { formatDateTime } from '../../components/format-date-time';
import { conflictTexts } from './review-conflict-text';

type Side = 'server' | 'desk';
type ReviewItem = z.infer<typeof ReviewItemSchema>;
type FieldConflict = ReviewItem['conflicts'][number];

/** How a designated field and its values read (the complaint feature knows stage records; renderer/app passes it in). */
export interface ReviewFormat {
  fieldLabel: (field: string, t: TFunction) => string;
  valueText: (field: string, value: unknown, t: TFunction) => string;
}

/** The newest conflict of each field: the two values the lead chooses between. */
const latestByField = (conflicts: readonly FieldConflict[]) => [...new Map(conflicts.map((c) => [c.field, c])).values()];

const pre = { whiteSpace: 'pre-wrap' as const, margin: 0 };

/**
 * One complaint in review: per conflicting field the value the server kept and the desk's, who edited
 * and when; the lead picks one per field (radio buttons: arrow keys and space) and confirms.
 */
export function ReviewResolution({ item, format }: { item: ReviewItem; format: ReviewFormat }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const resolve = useDeskMutation('complaints.resolveReview');
  const conflicts = latestByField(item.conflicts);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const complete = conflicts.every((c) => choices[c.field]);
  const confirm = () =>
    resolve.mutate(
      { id: item.complaint.id, baseVersion: item.complaint.version, choices: conflicts.map((c) => ({ field: c.field, chosen: choices[c.field]! })) },
      { onSuccess: () => void message.success(t('sync.page.resolved', { number: item.complaint.number })) },
    );
  return (
    <Card
      size="small"
      type="inner"
      data-testid="review-item"
      title={<Link to={`/complaints/${item.complaint.id}`}>{item.complaint.number}</Link>}
      extra={<Typography.Text type="secondary">{item.complaint.intake.customerName}</Typography.Text>}
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {conflicts.map((c) => {
          const label = format.fieldLabel(c.field, t);
          const words = conflictTexts(c, t);
          return (
            <div key={c.field} data-testid="review-conflict" data-field={c.field}>
              <Typography.Text strong>{label}</Typography.Text>
              {words.reason && <Alert type="warning" showIcon title={words.reason} style={{ marginTop: 6 }} data-testid="review-reason" />}
              <Descriptions size="small" bordered column={1} style={{ marginTop: 6 }} styles={{ label: { width: 210, wordBreak: 'keep-all' } }}>
                <Descriptions.Item label={words.serverValue}>
                  <p style={pre} data-testid="review-server-value">{format.valueText(c.field, c.serverValue, t)}</p>
                </Descriptions.Item>
                <Descriptions.Item label={words.deskValue}>
                  <p style={pre} data-testid="review-desk-value">{format.valueText(c.field, c.deskValue, t)}</p>
                </Descriptions.Item>
                <Descriptions.Item label={words.by}>
                  {t('format.person', { name: c.by.name, id: c.by.id })} · {formatDateTime(c.at)}
                </Descriptions.Item>
                <Descriptions.Item label={t('sync.page.choice')}>
                  <Radio.Group
                    aria-label={`${t('sync.page.choice')} ${label}`}
                    value={choices[c.field]}
                    onChange={(e) => setChoices((now) => ({ ...now, [c.field]: e.target.value as Side }))}
                    options={[
                      { value: 'server', label: words.keepServer },
                      { value: 'desk', label: words.takeDesk },
                    ]}
                  />
                </Descriptions.Item>
              </Descriptions>
            </div>
          );
        })}
        {resolve.error && <Alert type="error" showIcon title={t(resolve.error.body.messageKey, resolve.error.body.params)} />}
        <Space>
          <Button type="primary" disabled={!complete} loading={resolve.isPending} onClick={confirm} data-testid="review-confirm">
            {t('sync.page.confirm')}
          </Button>
          {!complete && <Typography.Text type="secondary">{t('sync.page.chooseEach')}</Typography.Text>}
        </Space>
      </Space>
    </Card>
  );
}
