import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The lead's count of missing 回访 (past due, not done) on the desk; a click filters the queue to them. */
export function ReturnVisitsMissingCount({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  if (count === 0) return <Tag data-testid="team-return-visits-missing">{t('returnVisit.team.noneMissing')}</Tag>;
  return (
    <Button size="small" danger onClick={onShow} data-testid="team-return-visits-missing">
      {t('returnVisit.team.missing', { count })}
    </Button>
  );
}
