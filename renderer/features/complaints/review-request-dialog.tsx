import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { CHANNELS, channelLabelKey } from '../../../shared/domain/channels';
import { isLateReviewRequest, REVIEW_REQUEST_DAYS, ReviewRequestInputSchema } from '../../../shared/domain/regulatory/review-request';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/format-date-time';
import { DateControl, SelectControl, TextControl } from '../../forms/form-controls';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { nowMoment } from './stages/stage-defaults';

type Values = z.input<typeof ReviewRequestInputSchema>;

/**
 * 核查申请: the complainant asked for review of complaint `complaintId`'s decision. Saving opens the linked review
 * complaint and goes to it. A request more than 30 days after the decision reached the complainant is still
 * recorded, flagged late (the rule: shared/domain/regulatory/review-request.ts). Opened from the complaint page's
 * action and from a 回访 that was not satisfied.
 */
export function ReviewRequestDialog({ complaintId, open, onClose }: { complaintId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useDeskQuery('complaints.get', { id: complaintId }, { enabled: open });
  const decidedAt = detail.data?.complaint.endedAt ?? null;
  const blank = (): Values => ({ requestedAt: nowMoment(), decisionReceivedAt: decidedAt ?? nowMoment(), channel: 'phone', grounds: '' });
  const form = useForm<Values, unknown, z.output<typeof ReviewRequestInputSchema>>({ resolver: zodResolver(ReviewRequestInputSchema), defaultValues: blank() });
  const mutation = useDeskMutation('complaints.requestReview');
  const { error, isPending: pending, reset } = mutation;
  // Each opening (and the decision's time, once read) starts the form again: received when decided, no error left from before.
  useEffect(() => {
    if (!open) return;
    form.reset(blank());
    reset();
  }, [open, decidedAt]);
  const [requestedAt, decisionReceivedAt] = useWatch({ control: form.control, name: ['requestedAt', 'decisionReceivedAt'] });
  const late = Boolean(requestedAt && decisionReceivedAt) && isLateReviewRequest(decisionReceivedAt, requestedAt);
  // Saved: the review complaint opens, so its handler sees its own deadline and the link back.
  const ok = () =>
    void form.handleSubmit(async (values) => {
      try {
        const result = await mutation.mutateAsync({ id: complaintId, ...values });
        onClose();
        void navigate(`/complaints/${result.complaint.id}`);
      } catch (failure) {
        const body = (failure as { body?: Parameters<typeof applyApiIssues>[0] }).body;
        if (body) applyApiIssues(body, form.setError);
      }
    })();
  const title = t('reviewRequest.dialog.title');
  return (
    <Modal
      open={open}
      title={title}
      okText={t('reviewRequest.dialog.ok')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: pending }}
      onOk={ok}
      onCancel={onClose}
      destroyOnHidden
      data-testid="review-request-dialog"
    >
      {error && !error.body.issues?.length && <Alert type="error" showIcon title={t(error.body.messageKey, error.body.params)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        {t('reviewRequest.dialog.hint', { days: REVIEW_REQUEST_DAYS, number: detail.data?.complaint.number ?? '', decidedAt: decidedAt ? formatDateTime(decidedAt) : '—' })}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => event.preventDefault()} onKeyDown={(event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && ok()} noValidate aria-label={title}>
          <DateControl control={form.control} name="decisionReceivedAt" label={t('reviewRequest.dialog.decisionReceivedAt')} required autoFocus />
          <DateControl control={form.control} name="requestedAt" label={t('reviewRequest.dialog.requestedAt')} required />
          {late && <Alert type="warning" showIcon data-testid="review-request-late" title={t('reviewRequest.late', { days: REVIEW_REQUEST_DAYS })} style={{ marginBottom: 12 }} />}
          <SelectControl control={form.control} name="channel" label={t('reviewRequest.dialog.channel')} required options={CHANNELS.map((c) => ({ value: c, label: t(channelLabelKey(c)) }))} />
          <TextControl control={form.control} name="grounds" label={t('reviewRequest.dialog.grounds')} rows={3} required />
        </form>
      </Form>
    </Modal>
  );
}
