import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../shared/domain/refusal';
import { assign } from '../../../shared/domain/workflow/assign';
import { addNote, notesOf } from '../../../shared/domain/workflow/notes';
import { HANDLER, LEAD, NOW, OTHER_AGENT, complaintAt, newComplaint } from '../../support/workflow';

describe('internal notes', () => {
  it('appends a note.added event and leaves the record as it was', () => {
    const before = complaintAt('analysis');
    const result = addNote(before, { eventId: 'note-1', text: ' 客户下午三点后方便接电话 ' }, OTHER_AGENT, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint).toBe(before);
    expect(result.events).toEqual([
      {
        id: 'note-1',
        complaintId: before.id,
        at: NOW.toISOString(),
        actor: { id: OTHER_AGENT.id, name: OTHER_AGENT.name },
        kind: 'note.added',
        changes: [],
        data: { text: '客户下午三点后方便接电话' },
      },
    ]);
    expect(notesOf([...result.events, { ...result.events[0]!, id: 'x', kind: 'stage.advanced' }])).toHaveLength(1);
  });

  it('is allowed on closed and withdrawn complaints', () => {
    for (const status of ['closed', 'withdrawn'] as const) {
      expect(isRefusal(addNote({ ...newComplaint(), status }, { eventId: 'n', text: '回访记录' }, HANDLER, NOW))).toBe(false);
    }
  });

  it('refuses an empty or over-long note', () => {
    const empty = addNote(newComplaint(), { eventId: 'n', text: '   ' }, HANDLER, NOW);
    const long = addNote(newComplaint(), { eventId: 'n', text: '字'.repeat(4001) }, HANDLER, NOW);
    expect(isRefusal(empty) && empty.messageKey).toBe('validation.note.text.required');
    expect(isRefusal(long) && long.messageKey).toBe('validation.note.text.tooLong');
  });
});

describe('assigning a handler', () => {
  const TO = { id: 'A2002', name: '李娜' };

  it('hands the complaint on, recording who from and to', () => {
    const before = newComplaint();
    const result = assign(before, { eventId: 'ev-a', assignee: TO }, HANDLER, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.assignee).toEqual(TO);
    expect(result.complaint.version).toBe(before.version + 1);
    expect(result.events[0]).toMatchObject({
      kind: 'complaint.assigned',
      changes: [{ field: 'assignee', from: { id: HANDLER.id, name: HANDLER.name }, to: TO }],
    });
  });

  it('lets a lead reassign a complaint that is not theirs, but not another agent', () => {
    const complaint = newComplaint();
    expect(isRefusal(assign(complaint, { eventId: 'e', assignee: { id: 'B5005', name: '周' } }, LEAD, NOW))).toBe(false);
    const result = assign(complaint, { eventId: 'e', assignee: TO }, OTHER_AGENT, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('refusal.complaint.notAssignee');
  });

  it('refuses assigning to the current handler, a malformed 工号, or on a closed complaint', () => {
    const same = assign(newComplaint(), { eventId: 'e', assignee: { id: HANDLER.id, name: HANDLER.name } }, HANDLER, NOW);
    expect(same).toEqual({ refused: true, code: 'assignee_unchanged', messageKey: 'refusal.assign.unchanged', params: { assignee: HANDLER.name } });
    const malformed = assign(newComplaint(), { eventId: 'e', assignee: { id: '李', name: '李娜' } }, HANDLER, NOW);
    expect(isRefusal(malformed) && malformed.messageKey).toBe('validation.assign.employeeNo.invalid');
    const closed = assign({ ...newComplaint(), status: 'closed' }, { eventId: 'e', assignee: TO }, LEAD, NOW);
    expect(isRefusal(closed) && closed.messageKey).toBe('refusal.complaint.closed');
  });
});
