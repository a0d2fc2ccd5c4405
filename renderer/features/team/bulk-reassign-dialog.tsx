import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReassignOutcome, TeamMember, TeamQueueItem } from '../../../shared/api/team';
import { useDeskMutation } from '../../api/hooks';
import { DisabledReason } from '../../forms/disabled-reason';

interface Props {
  selected: TeamQueueItem[];
  members: TeamMember[];
  onDone: () => void;
}

/** Reassign the selected complaints to one agent; each goes through the assign command on its own. */
export function BulkReassignDialog({ selected, members, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | undefined>();
  const [outcomes, setOutcomes] = useState<ReassignOutcome[] | null>(null);
  const mutation = useDeskMutation('team.reassign');
  const member = members.find((m) => m.id === to);
  const failed = outcomes?.filter((o) => !o.ok) ?? [];
  const permission = selected.length
    ? ({ allowed: true } as const)
    : ({ allowed: false, code: 'none_selected', reasonKey: 'team.reassign.noneSelected' } as const);
  const reassign = async () => {
    if (!member) return;
    const result = await mutation.mutateAsync({
      complaints: selected.map((c) => ({ id: c.id, baseVersion: c.version })),
      assignee: { id: member.id, name: member.name },
    });
    setOutcomes(result.outcomes);
    if (result.outcomes.every((o) => o.ok)) {
      setOpen(false);
      onDone();
    }
  };
  return (
    <>
      <DisabledReason permission={permission}>
        <Button type="primary" disabled={!selected.length} onClick={() => (setOutcomes(null), setOpen(true))} data-testid="bulk-reassign">
          {t('team.reassign.button', { count: selected.length })}
        </Button>
      </DisabledReason>
      <Modal
        open={open}
        title={t('team.reassign.title', { count: selected.length })}
        okText={t('team.reassign.ok')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !member, loading: mutation.isPending }}
        onOk={() => void reassign()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="bulk-reassign-dialog"
      >
        {mutation.error && <Alert type="error" showIcon title={t(mutation.error.body.messageKey, mutation.error.body.params)} />}
        {failed.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('team.reassign.partly', { failed: failed.length, total: outcomes?.length ?? 0 })}
            description={failed.map((o) => `${selected.find((c) => c.id === o.id)?.number ?? o.id}: ${o.ok ? '' : t(o.messageKey, o.params)}`).join('；')}
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t('team.reassign.to')} required>
            <Select
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="bulk-reassign-to"
              value={to}
              onChange={setTo}
              options={members.map((m) => ({ value: m.id, label: `${m.name} ${m.id}（${t('team.reassign.openCount', { count: m.open })}）` }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
