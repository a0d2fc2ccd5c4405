import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Popconfirm, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Complaint } from '../../../../shared/domain/complaint';
import { ResumeInputSchema, SUSPENSION_KINDS, SuspendInputSchema } from '../../../../shared/domain/workflow/clock-stop';
import { useDeskMutation, useDeskQuery } from '../../../api/hooks';
import { DialogForm } from '../../../forms/dialog-form';
import { DisabledReason } from '../../../forms/disabled-reason';
import { SelectControl, TextControl } from '../../../forms/form-controls';
import { useDialogMutation } from '../../../forms/use-dialog-mutation';
import { usePermission } from '../page/complaint-permissions';

type SuspendValues = z.input<typeof SuspendInputSchema>;
const NO_ATTACHMENT = '';
const blank = (): SuspendValues => ({ kind: 'appraisal', reason: '', party: '', attachmentId: null });

/** 挂起: the handler stops the deadline's clock for an outside appraisal, inspection, assessment or mediation. */
export function SuspendDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('suspendClock');
  const attachments = useDeskQuery('attachments.list', { complaintId: complaint.id });
  const form = useForm<SuspendValues, unknown, z.output<typeof SuspendInputSchema>>({ resolver: zodResolver(SuspendInputSchema), defaultValues: blank() });
  const { save, pending, error } = useDialogMutation('complaints.suspendClock', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  const attachmentOptions = [
    { value: NO_ATTACHMENT, label: t('suspension.dialog.noAttachment') },
    ...(attachments.data ?? []).map((a) => ({ value: a.id, label: a.name })),
  ];
  return (
    <DialogForm
      trigger={t('workflow.actions.suspendClock')}
      title={t('suspension.dialog.title')}
      okText={t('suspension.dialog.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={() => {
        if (form.getValues('attachmentId') === NO_ATTACHMENT) form.setValue('attachmentId', null);
        return save();
      }}
      onOpen={() => form.reset(blank())}
      testId="suspend-dialog"
    >
      <Typography.Paragraph type="secondary">{t('suspension.dialog.hint')}</Typography.Paragraph>
      <SelectControl
        control={form.control}
        name="kind"
        label={t('suspension.dialog.kind')}
        required
        autoFocus
        options={SUSPENSION_KINDS.map((k) => ({ value: k, label: t(`suspension.kind.${k}`) }))}
      />
      <TextControl control={form.control} name="reason" label={t('suspension.dialog.reason')} required rows={2} />
      <TextControl control={form.control} name="party" label={t('suspension.dialog.party')} required />
      <SelectControl control={form.control} name="attachmentId" label={t('suspension.dialog.attachment')} options={attachmentOptions} />
    </DialogForm>
  );
}

type ResumeValues = z.input<typeof ResumeInputSchema>;

/** The outside result arrived: the clock runs again. */
export function ResumeDialog({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('resumeClock');
  const form = useForm<ResumeValues, unknown, z.output<typeof ResumeInputSchema>>({ resolver: zodResolver(ResumeInputSchema), defaultValues: { outcome: '' } });
  const { save, pending, error } = useDialogMutation('complaints.resumeClock', form, (values) => ({
    id: complaint.id,
    baseVersion: complaint.version,
    ...values,
  }));
  return (
    <DialogForm
      trigger={t('workflow.actions.resumeClock')}
      title={t('suspension.resume.title')}
      okText={t('suspension.resume.ok')}
      permission={permission}
      error={error}
      pending={pending}
      onOk={save}
      onOpen={() => form.reset({ outcome: '' })}
      testId="resume-dialog"
    >
      <TextControl control={form.control} name="outcome" label={t('suspension.resume.outcome')} required rows={3} autoFocus />
    </DialogForm>
  );
}

/** A lead's or admin's approval of the open suspension; agents do not get the button. */
export function ApproveSuspensionButton({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('approveSuspension');
  const approve = useDeskMutation('complaints.approveSuspension');
  if (!permission.allowed && permission.code === 'approval_required') return null;
  return (
    <DisabledReason permission={permission}>
      <Popconfirm
        title={t('suspension.approve.confirm')}
        okText={t('suspension.approve.ok')}
        disabled={!permission.allowed}
        onConfirm={() => approve.mutate({ id: complaint.id, baseVersion: complaint.version })}
      >
        <Button disabled={!permission.allowed} loading={approve.isPending} data-testid="approve-suspension">
          {t('workflow.actions.approveSuspension')}
        </Button>
      </Popconfirm>
    </DisabledReason>
  );
}
