import { Card, Empty, Flex, Tag, theme, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { complaintTypeLabelKey } from '../../../../shared/domain/complaint-types';
import { useDeskQuery } from '../../../api/hooks';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { useDebouncedValue } from '../../../components/use-debounced-value';

/** 该来电人的历史投诉: the caller's earlier complaints, matched by the desk on the normalised number. */
export function CallerHistoryPanel({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const number = useDebouncedValue(phone.trim(), 250);
  const enabled = (number.match(/\d/g)?.length ?? 0) >= 3;
  const history = useDeskQuery('calls.callerHistory', { number }, { enabled });
  if (!enabled) return null;
  return (
    <Card size="small" title={t('calls.history.title')} data-testid="caller-history" styles={{ body: { padding: '4px 12px' } }}>
      {history.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calls.history.empty')} style={{ margin: 8 }} />}
      {history.data?.slice(0, 4).map((complaint) => (
        <Flex key={complaint.id} vertical gap={2} style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorSplit}` }} data-testid="caller-history-item">
          <Flex justify="space-between" align="center" gap={6}>
            <Link to={`/complaints/${complaint.id}`}>{complaint.number}</Link>
            {complaint.status === 'open' ? (
              <DeadlineBadge deadline={complaint.deadline} showDue={false} />
            ) : (
              <Tag style={{ marginInlineEnd: 0 }}>{t(`status.${complaint.status}`)}</Tag>
            )}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(complaint.receivedAt).format('YYYY-MM-DD')} · {t(complaintTypeLabelKey(complaint.complaintType))} · {complaint.customerName}
          </Typography.Text>
        </Flex>
      ))}
    </Card>
  );
}
