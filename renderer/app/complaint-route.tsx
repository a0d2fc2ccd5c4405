import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AttachmentsPanel } from '../features/attachments/attachments-panel';
import { RecordingRefField } from '../features/attachments/recording-ref-field';
import { HandoverSummaryCard } from '../features/assist/handover-summary-card';
import { ScorecardCard } from '../features/assist/scorecard-card';
import { LinkCallBar } from '../features/calls/link-call-bar';
import { SourceCalls } from '../features/calls/source-calls';
import { ComplaintPage } from '../features/complaints/page/complaint-page';
import type { ComplaintSideTabs } from '../features/complaints/page/complaint-side-panel';
import { LettersPanel } from '../features/letters/letters-panel';
import { TemplatePicker } from '../features/templates/template-picker';

/** A complaint's page with the call it came from beside the timeline; during a call, the agent may link the call to it (viewing alone never does). */
export function ComplaintRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
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
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <LinkCallBar complaintId={id} />
      <ComplaintPage
        extraTabs={extraTabs}
        aside={
          id && (
            <>
              <SourceCalls complaintId={id} />
              <HandoverSummaryCard complaintId={id} />
              <ScorecardCard complaintId={id} />
            </>
          )
        }
      />
      {id && <TemplatePicker complaintId={id} />}
    </Space>
  );
}
