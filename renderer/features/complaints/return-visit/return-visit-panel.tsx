import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { useDeskQuery } from '../../../api/hooks';
import { formatDateTime } from '../../../components/format-date-time';
import { DialLink } from './dial-link';
import { NotSatisfiedActions } from './not-satisfied-actions';
import { ReturnVisitBadge } from './return-visit-badge';
import { ReturnVisitDialog } from './return-visit-dialog';
import { UnreachedButton } from './unreached-button';

/** 回访 of a closed complaint: when it is due, the number to call, the attempts so far, the script, and its answers once reached. */
export function ReturnVisitPanel({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const info = useDeskQuery('complaints.returnVisit', { id: complaint.id });
  if (!info.data) return null;
  const attempts = complaint.returnVisit?.attempts ?? [];
  const result = complaint.returnVisit?.result ?? null;
  return (
    <Card size="small" title={t('returnVisit.title')} data-testid="return-visit-panel" extra={<ReturnVisitBadge info={info.data} />}>
      <Flex vertical gap={12}>
        {result === null ? (
          <>
            <DialLink phone={complaint.intake.contactPhone} />
            <Space wrap>
              <UnreachedButton complaint={complaint} />
              <ReturnVisitDialog complaint={complaint} />
            </Space>
          </>
        ) : (
          <Descriptions column={1} size="small" data-testid="return-visit-result">
            <Descriptions.Item label={t('returnVisit.dialog.satisfaction')}>{t(`returnVisit.satisfaction.${result.satisfaction}`)}</Descriptions.Item>
            <Descriptions.Item label={t('returnVisit.dialog.acceptsResult')}>{t(result.acceptsResult ? 'returnVisit.accepts.yes' : 'returnVisit.accepts.no')}</Descriptions.Item>
            <Descriptions.Item label={t('returnVisit.result.stillWants')}>{result.stillWants || '—'}</Descriptions.Item>
          </Descriptions>
        )}
        {result?.satisfaction === 'not' && <NotSatisfiedActions complaint={complaint} result={result} />}
        {attempts.length > 0 && (
          <div data-testid="return-visit-attempts">
            <Typography.Text strong>{t('returnVisit.attempts.title', { count: attempts.length })}</Typography.Text>
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {attempts.map((a, i) => (
                <li key={`${a.at}-${i}`}>
                  {t('returnVisit.attempts.item', { n: i + 1, at: formatDateTime(a.at), by: a.by.name })} ·{' '}
                  <Typography.Text type={a.reached ? 'success' : 'secondary'}>{t(a.reached ? 'returnVisit.attempts.reached' : 'returnVisit.attempts.unreached')}</Typography.Text>
                </li>
              ))}
            </ol>
          </div>
        )}
      </Flex>
    </Card>
  );
}
