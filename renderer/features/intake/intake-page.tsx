import { App, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IntakeData } from '../../../shared/domain/intake';
import { ApiError } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { blankIntake } from './intake-defaults';
import { IntakeForm } from './intake-form';

export function IntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useDeskMutation('complaints.create');
  const defaults = useMemo(() => blankIntake(), []);

  const save = useCallback(
    async (intake: IntakeData) => {
      try {
        const complaint = await create.mutateAsync(intake);
        void message.success(t('intake.saved', { number: complaint.number }));
        navigate(`/complaints/${complaint.id}`);
        return null;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const body = error.body;
        if (!body.issues) void message.error(t(body.messageKey, body.params));
        return body;
      }
    },
    [create, message, navigate, t],
  );

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {t('intake.title')}
      </Typography.Title>
      <IntakeForm defaultValues={defaults} saving={create.isPending} onSave={save} />
    </>
  );
}
