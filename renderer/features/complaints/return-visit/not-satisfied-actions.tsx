import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Complaint } from '../../../../shared/domain/complaint';
import type { ReturnVisitResult } from '../../../../shared/domain/workflow/return-visit-record';
import { useDeskMutation } from '../../../api/hooks';
import { ReviewRequestDialog } from '../review-request-dialog';
import { nowMoment } from '../stages/stage-defaults';

/**
 * Not satisfied at the 回访: open a follow-up complaint (a new intake with the complainant, policy and type filled,
 * which the repeat-complaint rule links to this one as 重复投诉 when saved) or a 核查 of the decision.
 */
export function NotSatisfiedActions({ complaint, result }: { complaint: Complaint; result: ReturnVisitResult }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reviewOpen, setReviewOpen] = useState(false);
  const saveDraft = useDeskMutation('drafts.save');
  const openFollowUp = async () => {
    const id = crypto.randomUUID();
    const { intake } = complaint;
    await saveDraft.mutateAsync({
      id,
      form: 'intake',
      payload: {
        callTime: nowMoment(),
        customerName: intake.customerName,
        contactPhone: intake.contactPhone,
        policyNumber: intake.policyNumber,
        idNumber: intake.idNumber ?? '',
        complaintType: intake.complaintType,
        complaintSubtype: intake.complaintSubtype,
        description: t('returnVisit.followUp.description', { number: complaint.number, wants: result.stillWants || t('returnVisit.followUp.nothingSaid') }),
        demand: result.stillWants,
        channel: 'phone',
        initialJudgement: '',
      },
    });
    navigate('/intake', { state: { openDraft: id } });
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="return-visit-not-satisfied"
      title={t('returnVisit.followUp.title')}
      description={
        <Space wrap>
          <Button onClick={() => void openFollowUp()} loading={saveDraft.isPending} data-testid="return-visit-follow-up">
            {t('returnVisit.followUp.complaint')}
          </Button>
          <Button onClick={() => setReviewOpen(true)} data-testid="return-visit-review">
            {t('returnVisit.followUp.review')}
          </Button>
          <ReviewRequestDialog complaintId={complaint.id} open={reviewOpen} onClose={() => setReviewOpen(false)} />
        </Space>
      }
    />
  );
}
