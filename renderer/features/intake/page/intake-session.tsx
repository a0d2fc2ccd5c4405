import { App, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IntakeData } from '../../../../shared/domain/intake';
import { ApiError } from '../../../api/client';
import { useDeskMutation } from '../../../api/hooks';
import { DraftRestoredNote } from '../drafts/draft-restored-note';
import { IntakeAside } from '../aside/intake-aside';
import { IntakeForm } from '../form/intake-form';
import type { IntakeStart } from './intake-start';
import { useDraftAutosave } from '../drafts/use-draft-autosave';
import { useDuplicateOffer } from '../aside/use-duplicate-offer';

interface Props {
  start: IntakeStart;
  onDiscardDraft: () => void;
}

/** One intake from open to save: autosaved as typed, saved as a complaint together with its draft and call. */
export function IntakeSession({ start, onDiscardDraft }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useDeskMutation('complaints.create');
  const autosave = useDraftAutosave(start.draftId, start.callId);
  const duplicates = useDuplicateOffer(start.draftId, start.callId, autosave.stop);
  const [showRestored, setShowRestored] = useState(start.restored !== null);
  const { check } = duplicates;

  useEffect(() => {
    if (start.values.contactPhone || start.values.policyNumber) check(start.values);
  }, [check, start.values]);

  const save = useCallback(
    async (intake: IntakeData) => {
      await autosave.stop();
      try {
        const complaint = await create.mutateAsync({ ...intake, draftId: start.draftId, ...(start.callId ? { callId: start.callId } : {}) });
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
    [autosave, create, message, navigate, start.callId, start.draftId, t],
  );

  const addTo = (complaintId: string) =>
    void duplicates.addTo(complaintId).catch((error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      void message.error(t(error.body.messageKey, error.body.params));
    });

  return (
    <>
      {showRestored && start.restored && (
        <DraftRestoredNote draft={start.restored} onKeep={() => setShowRestored(false)} onDiscard={onDiscardDraft} />
      )}
      <IntakeForm
        defaultValues={start.values}
        restored={start.restored !== null}
        saving={create.isPending}
        onSave={save}
        onChange={autosave.schedule}
        onIdentityBlur={check}
        footer={
          autosave.failed ? (
            <Typography.Text type="danger" role="alert">
              {t('drafts.autosaveFailed')}
            </Typography.Text>
          ) : (
            autosave.savedAt && (
              <Typography.Text type="secondary" data-testid="draft-saved">
                {t('drafts.autosaved', { time: dayjs(autosave.savedAt).format('HH:mm:ss') })}
              </Typography.Text>
            )
          )
        }
        aside={(control) => (
          <IntakeAside control={control} duplicates={duplicates.matches} onAddTo={addTo} onDismissDuplicates={duplicates.dismiss} />
        )}
      />
    </>
  );
}
