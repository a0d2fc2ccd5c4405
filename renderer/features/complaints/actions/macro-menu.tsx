import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { useDeskMutation, useDeskQuery } from '../../../api/hooks';
import { useBilingualName } from '../../../components/bilingual-name';
import { useLanguageStore } from '../../../i18n/language-store';

/** 宏: run one of the organisation's macros on this complaint; a refused step says which and why, and nothing of it is done. */
export function MacroMenu({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguageStore((s) => s.language);
  const nameOf = useBilingualName();
  const settings = useDeskQuery('assignment.settings', {});
  const run = useDeskMutation('macros.run');
  const macros = settings.data?.macros ?? [];
  if (macros.length === 0) return null;
  const apply = async (macroId: string) => {
    const result = await run.mutateAsync({ macroId, language, complaints: [{ id: complaint.id, baseVersion: complaint.version }] });
    const outcome = result.outcomes[0]!;
    if (outcome.ok) return void message.success(t('macros.done', { done: 1 }));
    const reason = t(outcome.messageKey, outcome.params);
    void message.error(outcome.step === null ? t('macros.refusedBefore', { number: complaint.number, reason }) : t('macros.refusedRow', { number: complaint.number, step: outcome.step + 1, reason }));
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items: macros.map((m) => ({ key: m.id, label: nameOf(m.name) })), onClick: ({ key }) => void apply(key) }}
    >
      <Button loading={run.isPending} data-testid="complaint-macros">
        {t('macros.tab')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
