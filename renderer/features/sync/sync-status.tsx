import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { LiveRegion } from '../../components/live-region';

const REFRESH_MS = 5_000;

/** The top bar's sync state: calm grey when offline (never a dialog), pending count, last sync, sync-now, progress. */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const status = useDeskQuery('sync.status', {}, { refetchInterval: REFRESH_MS });
  const syncNow = useDeskMutation('sync.now');
  const s = status.data;
  const offline = !!s && s.enabled && !s.online && !(s.syncing || syncNow.isPending);
  // Said once when it changes, not at every sync: the link went down (and that work goes on), changes were refused.
  const announcement = [offline ? t('sync.topbar.offlineHint') : '', s && s.rejected > 0 ? t('sync.topbar.rejected', { count: s.rejected }) : ''].filter(Boolean).join(' ');
  const live = <LiveRegion text={announcement} testId="sync-announcement" />;
  // The region stays in one place in the tree whether or not the status has loaded, so it is never added anew.
  if (!s) return <>{live}</>;
  const time = s.lastSyncAt ? new Date(s.lastSyncAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : null;
  const busy = s.syncing || syncNow.isPending;
  return (
    <>
      {live}
      <Space size={8} data-testid="sync-status">
        {offline ? (
          <Tooltip title={t('sync.topbar.offlineHint')}>
            <Tag icon={<DisconnectOutlined />} color="default" data-testid="sync-offline">
              {t('sync.topbar.offline', { pending: s.pending })}
            </Tag>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary" data-testid="sync-summary">
            {busy ? <CloudSyncOutlined /> : <CloudOutlined />}{' '}
            {s.firstSync ? t('sync.topbar.firstSync', { done: s.firstSync.done, total: s.firstSync.total }) : busy ? t('sync.topbar.syncing') : s.pending > 0 ? t('sync.topbar.pending', { count: s.pending }) : time ? t('sync.topbar.synced', { time }) : t('sync.topbar.never')}
          </Typography.Text>
        )}
        {s.progress !== null && <Progress percent={Math.round(s.progress * 100)} size="small" style={{ width: 80, margin: 0 }} aria-label={t('sync.topbar.syncing')} data-testid="sync-progress" />}
        {s.rejected > 0 && (
          <Tag
            color="warning"
            style={{ cursor: 'pointer' }}
            role="link"
            tabIndex={0}
            onClick={() => navigate('/sync')}
            onKeyDown={(event) => event.key === 'Enter' && navigate('/sync')}
            data-testid="sync-rejected"
          >
            {t('sync.topbar.rejected', { count: s.rejected })}
          </Tag>
        )}
        <Tooltip title={s.enabled ? '' : t('sync.topbar.syncNowDisabled')}>
          <Button size="small" disabled={!s.enabled || busy} loading={busy} onClick={() => syncNow.mutate({})} data-testid="sync-now">
            {t('sync.topbar.syncNow')}
          </Button>
        </Tooltip>
      </Space>
    </>
  );
}
