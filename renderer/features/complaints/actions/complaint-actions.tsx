import { Alert, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { SETTABLE_COMPLEXITIES } from '../../../../shared/domain/workflow/complexity';
import { useDeskMutation } from '../../../api/hooks';
import { DisabledReason } from '../../../forms/disabled-reason';
import { AssignDialog } from './assign-dialog';
import { ContactDialog } from './contact-dialog';
import { usePermission } from '../page/complaint-permissions';
import { ExtensionDialog } from './extension-dialog';
import { WithdrawDialog } from './withdraw-dialog';
import { MacroMenu } from './macro-menu';
import { ApproveSuspensionButton, ResumeDialog, SuspendDialog } from './suspend-dialogs';
import { RecordContactDialog } from './record-contact-dialog';
import { openSuspensionOf } from '../../../../shared/domain/workflow/clock-stop';

type Settable = (typeof SETTABLE_COMPLEXITIES)[number];

/**
 * What can be done to an open complaint besides completing its stage: complexity, extension, handler,
 * withdrawal. Whether each is possible, and why not, is allowedActions' say; this only shows it.
 */
export function ComplaintActions({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const setComplexity = useDeskMutation('complaints.setComplexity');
  const complexity = usePermission('setComplexity');
  const extension = usePermission('extendDeadline');
  if (complaint.status !== 'open') return null;
  // Extending is a lead's or admin's approval: agents do not get the button, they read who to ask.
  const approverOnly = !extension.allowed && extension.code === 'approval_required';
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      {/* Two groups that wrap as wholes: where the row is too narrow (English, or a 1280-wide window) the buttons move down
          together under the complexity, instead of the last one dropping alone onto a second row. */}
      <Flex wrap gap={8} align="center">
        <Flex gap={8} align="center">
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('workflow.fields.complexity')}</Typography.Text>
          {complaint.extension !== null ? (
            <Typography.Text strong>{t(`workflow.complexity.${complaint.complexity}`)}</Typography.Text>
          ) : (
            <DisabledReason permission={complexity}>
              <Select
                id="wf-complexity"
                aria-label={t('workflow.fields.complexity')}
                style={{ width: 130 }}
                value={complaint.complexity as string}
                disabled={!complexity.allowed}
                loading={setComplexity.isPending}
                options={SETTABLE_COMPLEXITIES.map((c) => ({ value: c, label: t(`workflow.complexity.${c}`) }))}
                onChange={(value: string) => setComplexity.mutate({ id: complaint.id, baseVersion: complaint.version, complexity: value as Settable })}
              />
            </DisabledReason>
          )}
        </Flex>
        <Flex wrap gap={8} data-testid="complaint-action-buttons">
          {!approverOnly && <ExtensionDialog complaint={complaint} />}
          {openSuspensionOf(complaint) ? <ResumeDialog complaint={complaint} /> : <SuspendDialog complaint={complaint} />}
          {openSuspensionOf(complaint) && <ApproveSuspensionButton complaint={complaint} />}
          <RecordContactDialog complaint={complaint} />
          <AssignDialog complaint={complaint} />
          <ContactDialog complaint={complaint} />
          <WithdrawDialog complaint={complaint} />
          <MacroMenu complaint={complaint} />
        </Flex>
      </Flex>
      {approverOnly && !complaint.extension && (
        <Typography.Text type="secondary" data-testid="extension-reason">
          {t(extension.reasonKey, extension.params)}
        </Typography.Text>
      )}
      {setComplexity.error && <Alert type="error" showIcon title={t(setComplexity.error.body.messageKey, setComplexity.error.body.params)} />}
    </Space>
  );
}
