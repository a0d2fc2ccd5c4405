import { Alert, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MacroRunOutcome } from '../../../shared/api/assignment';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { useBilingualName } from '../../components/bilingual-name';
import { DisabledReason } from '../../forms/disabled-reason';
import { useLanguageStore } from '../../i18n/language-store';

interface Props {
  selected: Array<{ id: string; number: string; version: number }>;
  /** After a run: the ids the macro did not run on (refused), to keep ticked; empty when it ran on all. */
  onDone: (refused: string[]) => void;
}

/** 应用宏: one of the organisation's macros on every ticked complaint, each step through its own command. */
export function MacroRunDialog({ selected, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const nameOf = useBilingualName();
  const settings = useDeskQuery('assignment.settings', {});
  const run = useDeskMutation('macros.run');
  const [open, setOpen] = useState(false);
  const [macroId, setMacroId] = useState<string | undefined>();
  const [refusals, setRefusals] = useState<Array<{ number: string; outcome: Extract<MacroRunOutcome, { ok: false }> }>>([]);
  const [total, setTotal] = useState(0);
  const macros = settings.data?.macros ?? [];
  const permission = !macros.length
    ? ({ allowed: false, code: 'no_macros', reasonKey: 'macros.noMacros' } as const)
    : selected.length
      ? ({ allowed: true } as const)
      : ({ allowed: false, code: 'none_selected', reasonKey: 'team.reassign.noneSelected' } as const);
  const apply = async () => {
    if (!macroId) return;
    const result = await run.mutateAsync({ macroId, language, complaints: selected.map((c) => ({ id: c.id, baseVersion: c.version })) });
    const refused = result.outcomes.flatMap((o) => (o.ok ? [] : [o]));
    setTotal(result.outcomes.length);
    setRefusals(refused.map((o) => ({ number: selected.find((c) => c.id === o.id)?.number ?? o.id, outcome: o })));
    onDone(refused.map((o) => o.id));
    if (refused.length === 0) setOpen(false);
  };
  return (
    <>
      <DisabledReason permission={permission}>
        <Button disabled={!permission.allowed} onClick={() => (setRefusals([]), setOpen(true))} data-testid="macro-run">
          {t('macros.run')}
        </Button>
      </DisabledReason>
      <Modal
        open={open}
        title={t('macros.runOn', { count: selected.length })}
        okText={t('macros.runOk')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ disabled: !macroId || !selected.length, loading: run.isPending }}
        onOk={() => void apply()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="macro-run-dialog"
      >
        {run.error && <Alert type="error" showIcon title={t(run.error.body.messageKey, run.error.body.params)} />}
        {refusals.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="macro-run-refused"
            title={t('macros.partly', { failed: refusals.length, total, done: total - refusals.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusals.map(({ number, outcome }) => (
                  <li key={number}>
                    {outcome.step === null
                      ? t('macros.refusedBefore', { number, reason: t(outcome.messageKey, outcome.params) })
                      : t('macros.refusedRow', { number, step: outcome.step + 1, reason: t(outcome.messageKey, outcome.params) })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t('macros.choose')} required>
            <Select
              autoFocus
              data-testid="macro-run-choose"
              value={macroId}
              onChange={setMacroId}
              options={macros.map((m) => ({ value: m.id, label: nameOf(m.name) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
