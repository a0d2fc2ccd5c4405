import { InputNumber, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_STATES, type AvailabilityState } from '../../../shared/domain/assignment/availability';
import type { AvailabilityEntry } from '../../../shared/org/assignment';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

/** 在岗状态: the team's people as the server has them — state, cap on open complaints, skills; the lead sets them (online only). */
export function AvailabilityPanel() {
  const { t } = useTranslation();
  const list = useDeskQuery('assignment.availability.list', {});
  const set = useDeskMutation('assignment.availability.set');
  if (list.error) return <Typography.Text type="secondary">{t('assignment.availability.offline')}</Typography.Text>;
  const update = (person: AvailabilityEntry, update: Parameters<typeof set.mutate>[0]['update']) =>
    set.mutate({ userId: person.userId, update }, { onSettled: () => void list.refetch() });
  return (
    <>
      {set.error && <Typography.Text type="danger">{t(set.error.body.messageKey, set.error.body.params)}</Typography.Text>}
      <Table<AvailabilityEntry>
        rowKey="userId"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data ?? []}
        data-testid="availability-table"
        columns={[
          { title: t('assignment.availability.columns.person'), key: 'person', render: (_v, p) => `${p.name} ${p.employeeNo}` },
          {
            title: t('assignment.availability.columns.state'),
            key: 'state',
            width: 130,
            render: (_v, p) => (
              <Select<AvailabilityState>
                aria-label={`${p.name} ${t('assignment.availability.columns.state')}`}
                style={{ width: 110 }}
                value={p.state}
                onChange={(state) => update(p, { state })}
                options={AVAILABILITY_STATES.map((s) => ({ value: s, label: t(`assignment.availability.state.${s}`) }))}
              />
            ),
          },
          {
            title: t('assignment.availability.columns.cap'),
            key: 'cap',
            width: 130,
            render: (_v, p) => (
              <InputNumber
                aria-label={`${p.name} ${t('assignment.availability.columns.cap')}`}
                min={0}
                max={500}
                placeholder={t('assignment.availability.noCap')}
                value={p.cap}
                onChange={(cap) => update(p, { cap: typeof cap === 'number' ? cap : null })}
              />
            ),
          },
          {
            title: t('assignment.availability.columns.skills'),
            key: 'skills',
            render: (_v, p) => (
              <Select<string[]>
                mode="tags"
                aria-label={`${p.name} ${t('assignment.availability.columns.skills')}`}
                style={{ minWidth: 200 }}
                value={p.skills}
                onChange={(skills) => update(p, { skills })}
              />
            ),
          },
          { title: t('assignment.availability.columns.open'), dataIndex: 'openCount', width: 70 },
        ]}
      />
    </>
  );
}
