import { Alert, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import type { Complaint } from '../../../shared/domain/complaint';
import { SETTABLE_COMPLEXITIES } from '../../../shared/domain/workflow/complexity';
import { useDeskMutation } from '../../api/hooks';
import { AssignDialog } from './assign-dialog';
import { ExtensionDialog } from './extension-dialog';
import { WithdrawDialog } from './withdraw-dialog';

type Settable = (typeof SETTABLE_COMPLEXITIES)[number];

/** Who may approve an extension is the contract's say, not the screen's. */
const mayExtend = (agent: Agent | null) => !!agent && (contract['complaints.extendDeadline'].access as readonly string[]).includes(agent.role);

/** What can be done to an open complaint besides completing its stage: complexity, extension, handler, withdrawal. */
export function ComplaintActions({ complaint, agent }: { complaint: Complaint; agent: Agent | null }) {
  const { t } = useTranslation();
  const setComplexity = useDeskMutation('complaints.setComplexity');
  if (complaint.status !== 'open') return null;
  const extended = complaint.extension !== null;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap size={8}>
        <Typography.Text>{t('workflow.fields.complexity')}</Typography.Text>
        {extended ? (
          <Typography.Text strong>{t(`workflow.complexity.${complaint.complexity}`)}</Typography.Text>
        ) : (
          <Select
            id="wf-complexity"
            aria-label={t('workflow.fields.complexity')}
            style={{ width: 130 }}
            value={complaint.complexity as string}
            loading={setComplexity.isPending}
            options={SETTABLE_COMPLEXITIES.map((c) => ({ value: c, label: t(`workflow.complexity.${c}`) }))}
            onChange={(complexity: string) => setComplexity.mutate({ id: complaint.id, baseVersion: complaint.version, complexity: complexity as Settable })}
          />
        )}
        {mayExtend(agent) && !extended && <ExtensionDialog complaint={complaint} disabled={complaint.complexity !== 'complex'} />}
        <AssignDialog complaint={complaint} />
        <WithdrawDialog complaint={complaint} />
      </Space>
      {!mayExtend(agent) && complaint.complexity === 'complex' && !extended && (
        <Typography.Text type="secondary">{t('workflow.extensionDialog.leadOnly')}</Typography.Text>
      )}
      {setComplexity.error && <Alert type="error" showIcon title={t(setComplexity.error.body.messageKey, setComplexity.error.body.params)} />}
    </Space>
  );
}
