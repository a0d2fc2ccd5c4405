import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../shared/api/duplicates';
import { DeadlineBadge } from '../../../components/deadline-badge';

interface Props {
  matches: DuplicateMatch[];
  onAddTo: (complaintId: string) => void;
  onDismiss: () => void;
}

/** The customer already has an open complaint: add to it, or open a new one anyway. */
export function DuplicateOffer({ matches, onAddTo, onDismiss }: Props) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-offer"
      title={t('calls.duplicates.title')}
      description={
        <Flex vertical gap={6} style={{ marginTop: 4 }}>
          {matches.slice(0, 3).map(({ complaint, matchedOn }) => (
            <Flex key={complaint.id} vertical gap={2}>
              <Flex justify="space-between" align="center" gap={6}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {matchedOn.map((field) => t(`calls.duplicates.matchedOn.${field}`)).join(' · ')}
                </Typography.Text>
                <DeadlineBadge deadline={complaint.deadline} showDue={false} />
              </Flex>
              <Button size="small" type="primary" ghost block onClick={() => onAddTo(complaint.id)} style={{ whiteSpace: 'normal', height: 'auto' }}>
                {t('calls.duplicates.addToExisting', { number: complaint.number })}
              </Button>
            </Flex>
          ))}
          <Button size="small" block onClick={onDismiss} style={{ whiteSpace: 'normal', height: 'auto' }}>
            {t('calls.duplicates.createNew')}
          </Button>
        </Flex>
      }
    />
  );
}
