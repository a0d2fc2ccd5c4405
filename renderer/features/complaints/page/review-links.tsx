import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Actor } from '../../../../shared/domain/actor';
import type { Complaint } from '../../../../shared/domain/complaint';
import { reviewRequestRefusal } from '../../../../shared/domain/regulatory/review-request';
import { useDeskQuery } from '../../../api/hooks';
import { formatDateTime } from '../../../components/format-date-time';
import { DisabledReason } from '../../../forms/disabled-reason';
import { ReviewRequestDialog } from '../review-request-dialog';

/**
 * 核查 on the complaint page: a review complaint names the original it reviews ("核查：原投诉 TS-…"); a closed
 * complaint lists its reviews and offers 核查申请 (disabled, with the reason, where the rule says no).
 */
export function ReviewLinks({ complaint, agent }: { complaint: Complaint; agent: Actor }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const decided = complaint.status === 'closed';
  const reviews = useDeskQuery('complaints.reviews', { id: complaint.id }, { enabled: decided });
  const link = complaint.reviewOf;
  if (!link && !decided) return null;
  const refusal = decided ? reviewRequestRefusal(complaint, agent, reviews.data ?? []) : null;
  const permission = refusal ? { allowed: false as const, code: refusal.code, reasonKey: refusal.messageKey } : { allowed: true as const };
  return (
    <Card size="small" data-testid="review-links">
      <Flex vertical gap={6}>
        {link && (
          <Typography.Text data-testid="review-of">
            {t('reviewRequest.reviewOf')} <Link to={`/complaints/${link.id}`}>{link.number}</Link>
            {' · '}
            {t('reviewRequest.requestedOn', { date: formatDateTime(link.requestedAt) })}
            {link.late && (
              <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="review-late">
                {t('reviewRequest.lateTag')}
              </Tag>
            )}
          </Typography.Text>
        )}
        {decided && (
          <Flex wrap gap={8} align="center">
            <Typography.Text>{t('reviewRequest.reviews')}</Typography.Text>
            {(reviews.data ?? []).length === 0 && <Typography.Text type="secondary">{t('reviewRequest.none')}</Typography.Text>}
            {(reviews.data ?? []).map((r) => (
              <span key={r.id} data-testid="review-link">
                <Link to={`/complaints/${r.id}`}>{r.number}</Link> <Tag>{t(`status.${r.status}`)}</Tag>
                {r.late && <Tag color="orange">{t('reviewRequest.lateTag')}</Tag>}
              </span>
            ))}
            <DisabledReason permission={permission}>
              <Button disabled={!permission.allowed} onClick={() => setOpen(true)} data-testid="review-request-open">
                {t('reviewRequest.action')}
              </Button>
            </DisabledReason>
          </Flex>
        )}
      </Flex>
      {decided && <ReviewRequestDialog complaintId={complaint.id} open={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
