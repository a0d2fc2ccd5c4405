import { describe, expect, it } from 'vitest';
import { mergeOnServer } from '../../../shared/sync/conflicts';
import { setComplexity } from '../../../shared/domain/workflow/complexity';
import { isRefusal } from '../../../shared/domain/refusal';
import type { CommandResult } from '../../../shared/domain/commands/create-complaint';
import { HANDLER, complaintAt, NOW } from '../../support/workflow';

const conflictOf = () => ({ opId: 'op', by: { id: 'A1001', name: '王芳' }, at: NOW.toISOString() });

function resultOf(value: CommandResult | { refused: true }): CommandResult {
  if (isRefusal(value)) throw new Error('refused');
  return value as CommandResult;
}

describe('the server merge, field by field and never by clock', () => {
  const before = complaintAt('analysis');
  const edit = resultOf(setComplexity(before, { eventId: 'e1', complexity: 'complex' }, HANDLER, NOW));

  it('applies a field only this side changed, and records its new version and writer', () => {
    const merged = mergeOnServer(before, { versions: {}, writers: {} }, edit, { clientId: 'desk-a', baseVersions: { complexity: 0 } }, conflictOf);
    expect(merged.complaint.complexity).toBe('complex');
    expect(merged.versions).toEqual({ complexity: edit.complaint.version });
    expect(merged.writers).toEqual({ complexity: 'desk-a' });
    expect(merged.conflicts).toEqual([]);
  });

  it('an ordinary field both sides changed goes to the later arrival', () => {
    const merged = mergeOnServer(before, { versions: { complexity: 5 }, writers: { complexity: 'desk-b' } }, edit, { clientId: 'desk-a', baseVersions: { complexity: 2 } }, conflictOf);
    expect(merged.complaint.complexity).toBe('complex');
    expect(merged.conflicts).toEqual([]);
  });

  it('a designated field both sides changed keeps the server value and records both', () => {
    const designated: CommandResult = {
      complaint: { ...edit.complaint, stages: { ...before.stages, solution: { plan: 'desk' } as never } },
      events: [{ ...edit.events[0]!, changes: [{ field: 'stages.solution', from: null, to: { plan: 'desk' } }] }],
    };
    const server = { ...before, stages: { ...before.stages, solution: { plan: 'server' } as never } };
    const merged = mergeOnServer(server, { versions: { 'stages.solution': 4 }, writers: { 'stages.solution': 'desk-b' } }, designated, { clientId: 'desk-a', baseVersions: { 'stages.solution': 3 } }, conflictOf);
    expect(merged.complaint.stages.solution).toEqual({ plan: 'server' });
    expect(merged.conflicts).toEqual([{ field: 'stages.solution', serverValue: { plan: 'server' }, deskValue: { plan: 'desk' }, ...conflictOf() }]);
    expect(merged.versions['stages.solution']).toBe(4);
  });

  it("a desk's own earlier pending edit of the field is no conflict", () => {
    const merged = mergeOnServer(before, { versions: { intake: 4 }, writers: { intake: 'desk-a' } }, { ...edit, events: [{ ...edit.events[0]!, changes: [{ field: 'intake', from: 1, to: 2 }] }] }, { clientId: 'desk-a', baseVersions: { intake: 1 } }, conflictOf);
    expect(merged.conflicts).toEqual([]);
  });
});
