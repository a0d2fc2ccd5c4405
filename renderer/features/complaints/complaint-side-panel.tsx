import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/domain/complaint';
import { notesOf } from '../../../shared/domain/workflow/notes';
import { NotesPanel } from './notes-panel';
import { Timeline } from './timeline';

/** The right-hand column: every change of the complaint, and the internal notes. */
export function ComplaintSidePanel({ complaintId, timeline }: { complaintId: string; timeline: TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        size="small"
        items={[
          {
            key: 'timeline',
            label: t('detail.sections.timeline'),
            children: (
              <div style={{ maxHeight: 'calc(100vh - 250px)', overflowY: 'auto', paddingTop: 6 }} data-testid="timeline">
                <Timeline events={timeline} />
              </div>
            ),
          },
          { key: 'notes', label: t('workflow.notes.tab', { count: notesOf(timeline).length }), children: <NotesPanel complaintId={complaintId} timeline={timeline} /> },
        ]}
      />
    </Card>
  );
}
