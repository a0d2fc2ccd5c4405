import { Alert, Button, Flex, InputNumber, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { may } from '../../../shared/domain/capabilities';
import type { RegulatoryFigures } from '../../../shared/domain/reports/regulatory';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { DisabledReason } from '../../forms/disabled-reason';

const FIELDS = ['policies', 'premiumYuan', 'insuredPersons'] as const;

/** The period's policies, premium and insured persons: an admin enters them, a lead reads them. */
export function FiguresForm({ period, agent }: { period: string; agent: Agent }) {
  const { t } = useTranslation();
  const stored = useDeskQuery('reports.figures.get', { period });
  const save = useDeskMutation('reports.figures.set');
  const [values, setValues] = useState<Partial<RegulatoryFigures>>({});
  useEffect(() => setValues(stored.data ?? {}), [stored.data]);
  const editable = may(agent, 'figuresEntry');
  const permission = editable ? ({ allowed: true } as const) : ({ allowed: false, code: 'admin_only', reasonKey: 'reports.figures.adminOnly' } as const);
  const complete = FIELDS.every((f) => typeof values[f] === 'number');
  return (
    <Flex vertical gap={8} data-testid="regulatory-figures">
      <Typography.Text strong>{t('reports.figures.title', { period })}</Typography.Text>
      {!editable && (
        <Typography.Text type="secondary" data-testid="figures-read-only">
          {t('reports.figures.readOnly')}
        </Typography.Text>
      )}
      <Flex gap={12} wrap align="end">
        {FIELDS.map((field) => (
          <label key={field} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <Typography.Text type="secondary">{t(`reports.figures.${field}`)}</Typography.Text>
            <InputNumber
              id={`figures-${field}`}
              style={{ width: 180 }}
              min={0}
              precision={field === 'premiumYuan' ? 2 : 0}
              disabled={!editable}
              value={values[field] ?? null}
              onChange={(v) => setValues({ ...values, [field]: v ?? undefined })}
            />
          </label>
        ))}
        <DisabledReason permission={!editable || complete ? permission : { allowed: false, code: 'incomplete', reasonKey: 'reports.figures.incomplete' }}>
          <Button
            type="primary"
            disabled={!editable || !complete}
            loading={save.isPending}
            onClick={() => complete && save.mutate({ period, figures: values as RegulatoryFigures })}
          >
            {t('reports.figures.save')}
          </Button>
        </DisabledReason>
      </Flex>
      {save.error && <Alert type="error" showIcon title={t(save.error.body.messageKey, save.error.body.params)} />}
    </Flex>
  );
}
