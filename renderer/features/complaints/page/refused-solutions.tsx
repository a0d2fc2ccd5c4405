import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { formatDateTime } from '../../../components/format-date-time';

/** Solutions the customer did not accept, with their reasons: what the new solution must answer. */
export function RefusedSolutions({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  if (complaint.solutionRefusals.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="refused-solutions"
      title={t('workflow.solutionRefusals.title')}
      description={complaint.solutionRefusals.map((refusal, i) => (
        <div key={refusal.at}>
          {t('workflow.solutionRefusals.round', { round: i + 1 })} · {formatDateTime(refusal.at)} · {refusal.by.name}：{refusal.reason}
          {refusal.solution && ` （${t('workflow.solutionRefusals.solution', { option: refusal.solution.chosenOption })}）`}
        </div>
      ))}
    />
  );
}
