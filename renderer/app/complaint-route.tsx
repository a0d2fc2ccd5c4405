import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AttachmentsPanel } from '../features/attachments/attachments-panel';
import { RecordingRefField } from '../features/attachments/recording-ref-field';
import { useLinkCallToOpenedComplaint } from '../features/calls/use-link-call-to-opened-complaint';
import { ComplaintPage } from '../features/complaints/complaint-page';
import type { ComplaintSideTabs } from '../features/complaints/complaint-side-panel';
import { LettersPanel } from '../features/letters/letters-panel';
import { TemplatePicker } from '../features/templates/template-picker';

/** A complaint's page; opened during a live call, the call is linked to it. */
export function ComplaintRoute() {
  const { id } = useParams();
  const { t } = useTranslation();
  useLinkCallToOpenedComplaint(id);
  const extraTabs: ComplaintSideTabs = (complaint, timeline) => [
    {
      key: 'attachments',
      label: t('attachments.tab'),
      children: (
        <>
          <AttachmentsPanel complaintId={complaint.id} />
          <RecordingRefField key={complaint.version} complaint={complaint} />
        </>
      ),
    },
    { key: 'letters', label: t('letters.tab'), children: <LettersPanel complaint={complaint} timeline={timeline} /> },
  ];
  return (
    <>
      <ComplaintPage extraTabs={extraTabs} />
      {id && <TemplatePicker complaintId={id} />}
    </>
  );
}
