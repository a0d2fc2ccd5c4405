import { Badge, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../api/hooks';

/** 我的队列 with how many complaints are mine, and how many of them are overdue (in red). */
export function QueueNavLabel() {
  const { t } = useTranslation();
  const queue = useDeskQuery('queue.mine', {});
  const { token } = theme.useToken();
  const total = queue.data?.total ?? 0;
  const overdue = queue.data?.byDeadline.overdue ?? 0;
  return (
    // Small badges, kept on one line: "我的队列 99+ 99+" fits the 188 px menu instead of being cut off.
    <Space size={4} data-testid="nav-queue" style={{ whiteSpace: 'nowrap' }}>
      {t('nav.myQueue')}
      {total > 0 && <Badge size="small" count={total} color={token.colorPrimary} showZero={false} title={t('workflow.queue.total', { count: total })} data-testid="nav-queue-total" />}
      {overdue > 0 && <Badge size="small" count={overdue} title={t('workflow.queue.overdueCount', { count: overdue })} data-testid="nav-queue-overdue" />}
    </Space>
  );
}
