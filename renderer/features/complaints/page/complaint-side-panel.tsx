import { Card, Tabs, type TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint, TimelineEvent } from '../../../../shared/domain/complaint';
import { notesOf } from '../../../../shared/domain/workflow/notes';
import { NotesPanel } from './notes-panel';
import { Timeline } from '../timeline/timeline';

/** Tabs other features add beside the timeline and notes (attachments, letters), composed in renderer/app. */
export type ComplaintSideTabs = (complaint: Complaint, timeline: TimelineEvent[]) => NonNullable<TabsProps['items']>;

/** The right-hand column: every change of the complaint, the internal notes, and the tabs other features add. */
export function ComplaintSidePanel({ complaint, timeline, extraTabs }: { complaint: Complaint; timeline: TimelineEvent[]; extraTabs?: ComplaintSideTabs }) {
  const complaintId = complaint.id;
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
              // Scrolls on its own: reachable by Tab, named for a screen reader, so a keyboard can read it to the end.
              <div style={{ maxHeight: 'calc(100vh - 250px)', overflowY: 'auto', paddingTop: 6 }} tabIndex={0} role="region" aria-label={t('detail.sections.timeline')} data-testid="timeline">
                <Timeline events={timeline} />
              </div>
            ),
          },
          { key: 'notes', label: t('workflow.notes.tab', { count: notesOf(timeline).length }), children: <NotesPanel complaintId={complaintId} timeline={timeline} /> },
          ...(extraTabs?.(complaint, timeline) ?? []),
        ]}
      />
    </Card>
  );
}
