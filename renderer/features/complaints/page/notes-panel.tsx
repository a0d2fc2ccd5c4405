import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Empty, Form, List, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TimelineEvent } from '../../../../shared/domain/complaint';
import { NOTE_TEXT_MAX, NoteInputSchema, notesOf } from '../../../../shared/domain/workflow/notes';
import { useDeskMutation } from '../../../api/hooks';
import { applyApiIssues } from '../../../forms/apply-api-issues';
import { formatDateTime } from '../../../components/format-date-time';
import { TextControl } from '../../../forms/form-controls';

type Values = z.input<typeof NoteInputSchema>;

/** Internal notes (内部备注) for colleagues: append-only, newest last, never edited. */
export function NotesPanel({ complaintId, timeline }: { complaintId: string; timeline: TimelineEvent[] }) {
  const { t } = useTranslation();
  const notes = notesOf(timeline);
  const addNote = useDeskMutation('complaints.addNote');
  const form = useForm<Values, unknown, z.output<typeof NoteInputSchema>>({ resolver: zodResolver(NoteInputSchema), defaultValues: { text: '' } });
  const submit = form.handleSubmit((values) =>
    addNote.mutate({ id: complaintId, ...values }, { onSuccess: () => form.reset({ text: '' }), onError: (e) => applyApiIssues(e.body, form.setError) }),
  );
  return (
    <div data-testid="notes-panel">
      {notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.notes.empty')} />
      ) : (
        <List
          size="small"
          dataSource={notes}
          renderItem={(note) => (
            <List.Item key={note.id} data-testid="note">
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(note.at)} · {t('format.person', { name: note.actor.name, id: note.actor.id })}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{String(note.data.text ?? '')}</div>
              </div>
            </List.Item>
          )}
        />
      )}
      <Form layout="vertical" component="div" style={{ marginTop: 8 }}>
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('workflow.actions.addNote')}>
          <TextControl control={form.control} name="text" label={t('workflow.fields.note.text')} rows={2} max={NOTE_TEXT_MAX} placeholder={t('workflow.notes.placeholder')} />
          <Button htmlType="submit" loading={addNote.isPending}>
            {t('workflow.actions.addNote')}
          </Button>
        </form>
      </Form>
    </div>
  );
}
