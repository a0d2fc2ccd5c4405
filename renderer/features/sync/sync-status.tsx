import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

const REFRESH_MS = 5_000;

/** The top bar's sync state: calm grey when offline (never a dialog), pending count, last sync, sync-now, progress. */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const status = useDeskQuery('sync.status', {}, { refetchInterval: REFRESH_MS });
  const syncNow = useDeskMutation('sync.now');
  const s = status.data;
  if (!s) return null;
  const time = s.lastSyncAt ? new Date(s.lastSyncAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : null;
  const busy = s.syncing || syncNow.isPending;
  return (
    <Space size={8} data-testid="sync-status">
      {s.enabled && !s.online && !busy ? (
        <Tooltip title={t('sync.topbar.offlineHint')}>
          <Tag icon={<DisconnectOutlined />} color="default" data-testid="sync-offline">
            {t('sync.topbar.offline', { pending: s.pending })}
          </Tag>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary" data-testid="sync-summary">
          {busy ? <CloudSyncOutlined /> : <CloudOutlined />}{' '}
          {busy ? t('sync.topbar.syncing') : s.pending > 0 ? t('sync.topbar.pending', { count: s.pending }) : time ? t('sync.topbar.synced', { time }) : t('sync.topbar.never')}
        </Typography.Text>
      )}
      {s.progress !== null && <Progress percent={Math.round(s.progress * 100)} size="small" style={{ width: 80, margin: 0 }} data-testid="sync-progress" />}
      {s.rejected > 0 && (
        <Tag color="warning" style={{ cursor: 'pointer' }} onClick={() => navigate('/sync')} data-testid="sync-rejected">
          {t('sync.topbar.rejected', { count: s.rejected })}
        </Tag>
      )}
      <Tooltip title={s.enabled ? '' : t('sync.topbar.syncNowDisabled')}>
        <Button size="small" disabled={!s.enabled || busy} loading={busy} onClick={() => syncNow.mutate({})} data-testid="sync-now">
          {t('sync.topbar.syncNow')}
        </Button>
      </Tooltip>
    </Space>
  );
}
