import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QualityCheckResult } from '../../../shared/domain/assist/quality-schema';

/** What happened to a check since it was scored: the lead's review, each appeal and how it was resolved. */
export function QualityCheckHistory({ check }: { check: QualityCheckResult }) {
  const { t } = useTranslation();
  return (
    <>
      {check.review && (
        <Typography.Text style={{ fontSize: 12 }} data-testid="quality-review">
          {t(`assist.quality.review.${check.review.verdict}`, { name: check.review.by.name })}
          {check.review.comment && t('assist.quality.review.comment', { comment: check.review.comment })}
        </Typography.Text>
      )}
      {check.appeals.map((appeal) => (
        <Typography.Text key={appeal.id} style={{ fontSize: 12 }} data-testid="quality-appeal-line" data-status={appeal.status}>
          {t('assist.quality.appeal.line', { name: appeal.by.name, reason: appeal.reason })} · {t(`assist.quality.appeal.status.${appeal.status}`)}
          {appeal.resolution && t('assist.quality.appeal.resolution', { name: appeal.resolution.by.name, comment: appeal.resolution.comment })}
        </Typography.Text>
      ))}
    </>
  );
}
