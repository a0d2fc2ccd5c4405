import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReassignOutcome, TeamMember, TeamQueueItem } from '../../../shared/api/team';
import { useDeskMutation } from '../../api/hooks';
import { DisabledReason } from '../../forms/disabled-reason';

interface Props {
  selected: TeamQueueItem[];
  members: TeamMember[];
  /** After a reassignment: the ids still to hand over (the refused ones), to keep ticked; empty when all went. */
  onDone: (refused: string[]) => void;
}

/** Reassign the selected complaints to one agent; each goes through the assign command on its own. */
export function BulkReassignDialog({ selected, members, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<string | undefined>();
  const [outcomes, setOutcomes] = useState<ReassignOutcome[] | null>(null);
  // The numbers and reasons of the last attempt's refusals, kept once their rows are the only ones still ticked.
  const [refusals, setRefusals] = useState<{ number: string; messageKey: string; params?: Record<string, string | number> }[]>([]);
  const mutation = useDeskMutation('team.reassign');
  const member = members.find((m) => m.id === to);
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
    const refused = result.outcomes.flatMap((o) => (o.ok ? [] : [o]));
    setRefusals(refused.map((o) => ({ number: selected.find((c) => c.id === o.id)?.number ?? o.id, messageKey: o.messageKey, ...(o.params ? { params: o.params } : {}) })));
    // The ones that went are unticked; the refused stay ticked, with their reasons, for another try or to leave.
    onDone(refused.map((o) => o.id));
    if (refused.length === 0) setOpen(false);
  };
  return (
    <>
      <DisabledReason permission={permission}>
        <Button type="primary" disabled={!selected.length} onClick={() => (setOutcomes(null), setRefusals([]), setOpen(true))} data-testid="bulk-reassign">
          {t('team.reassign.button', { count: selected.length })}
        </Button>
      </DisabledReason>
      <Modal
        open={open}
        title={t('team.reassign.title', { count: selected.length })}
        okText={t('team.reassign.ok')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !member || !selected.length, loading: mutation.isPending }}
        onOk={() => void reassign()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="bulk-reassign-dialog"
      >
        {mutation.error && <Alert type="error" showIcon title={t(mutation.error.body.messageKey, mutation.error.body.params)} />}
        {refusals.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="bulk-reassign-refused"
            title={t('team.reassign.partly', { failed: refusals.length, total: outcomes?.length ?? 0, done: (outcomes?.length ?? 0) - refusals.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusals.map((r) => (
                  <li key={r.number}>{t('team.reassign.refusedRow', { number: r.number, reason: t(r.messageKey, r.params) })}</li>
                ))}
              </ul>
            }
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t('team.reassign.to')} required>
            <Select
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="bulk-reassign-to"
              aria-label={t('team.reassign.to')}
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
