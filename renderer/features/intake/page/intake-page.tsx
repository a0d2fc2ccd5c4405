import { Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRecord } from '../../../../shared/api/calls';
import { callDesk } from '../../../api/client';
import { blankStart, callStart, draftStart, type IntakeStart } from './intake-start';
import { IntakeSession } from './intake-session';
import { OpenDraftsBar } from '../drafts/open-drafts-bar';
import { useLatestDraft } from '../drafts/use-latest-draft';

/**
 * 新建投诉. A call that pops the intake starts a fresh one for that caller; otherwise the draft the agent
 * chose, or the newest unsaved one, comes back exactly as typed (after a crash, a kill or a restart), else
 * a blank form. The agent's other open drafts are listed above, each one keystroke away.
 */
export function IntakePage({ poppedCall, openDraftId = null }: { poppedCall: CallRecord | null; openDraftId?: string | null }) {
  const { t } = useTranslation();
  const latest = useLatestDraft(poppedCall === null, openDraftId);
  const [override, setOverride] = useState<IntakeStart | null>(null);
  const [popped] = useState(() => (poppedCall ? callStart(poppedCall) : null));
  const [restored, setRestored] = useState<IntakeStart | null>(null);

  let start = override ?? popped ?? restored;
  if (!start && !latest.loading) {
    start = latest.draft ? draftStart(latest.draft) : blankStart();
    setRestored(start);
  }

  const discard = () => {
    if (start) void callDesk('drafts.discard', { id: start.draftId });
    setOverride(blankStart());
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 10 }}>
        {t('intake.title')}
      </Typography.Title>
      {start && <OpenDraftsBar currentDraftId={start.draftId} />}
      {start ? <IntakeSession key={start.draftId} start={start} onDiscardDraft={discard} /> : <Spin />}
    </>
  );
}
