import { Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskTransport } from '../../api/client';

/**
 * The top bar's note while the search index catches up with a long queue (a first sync, a large pull, a
 * rebuild): complaints indexed of total, gone once it has caught up. Search finds the newest complaints
 * meanwhile; this says why an older one may not show yet.
 */
export function SearchIndexProgress() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(
    () =>
      deskTransport().subscribe((event) => {
        if (event.name !== 'search.indexProgress') return;
        const { done, total } = event.payload;
        setProgress(total > 0 && done < total ? { done, total } : null);
      }),
    [],
  );
  if (!progress) return null;
  const label = t('search.indexing.topbar', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() });
  return (
    <Space size={6} data-testid="search-index-progress">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Progress percent={Math.floor((progress.done / progress.total) * 100)} size="small" style={{ width: 80, margin: 0 }} aria-label={t('search.indexing.label')} />
    </Space>
  );
}
