import { Alert, Segmented, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/hooks';
import { callColumns } from './call-columns';

type Filter = 'all' | 'missed';

/** 通话记录: every call the softphone reported, newest first; "missed" lists inbound calls nobody answered. */
export function CallsPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const calls = useDeskQuery('calls.list', { missedOnly: filter === 'missed', limit: 200 });
  const columns = useMemo(() => callColumns(t), [t, i18n.language]);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calls.title')}
        </Typography.Title>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('calls.filter.all') },
            { value: 'missed', label: t('calls.missedTitle') },
          ]}
        />
      </Space>
      {calls.error && <Alert type="error" showIcon title={t(calls.error.body.messageKey)} />}
      <Table
        rowKey="id"
        size="small"
        loading={calls.isPending}
        columns={columns}
        dataSource={calls.data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: t(filter === 'missed' ? 'calls.emptyMissed' : 'calls.empty') }}
      />
    </Space>
  );
}
