import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeChange, eventDetail } from '../../../renderer/features/complaints/timeline/timeline-format';
import type { TimelineEvent } from '../../../shared/domain/complaint';
import { validStageData } from '../../support/workflow';
import { translator } from '../../support/locales';

const event = (kind: string, data: Record<string, unknown>): TimelineEvent => ({
  id: 'e1',
  complaintId: 'c1',
  at: '2026-11-25T02:00:00.000Z',
  actor: { id: 'A1001', name: '王芳' },
  kind,
  changes: [],
  data,
});

describe('the timeline as an agent reads it', () => {
  let zh: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    [zh, en] = await Promise.all([translator('zh-CN'), translator('en')]);
  });

  it('translates stages, complexity and status, and names people with their 工号', () => {
    expect(describeChange({ field: 'stage', from: 'intake', to: 'registration' }, zh)).toMatchObject({ label: '环节', from: '投诉受理', to: '投诉登记' });
    expect(describeChange({ field: 'complexity', from: 'standard', to: 'complex' }, zh)).toMatchObject({ label: '复杂程度' });
    const handOver = describeChange({ field: 'assignee', from: { id: 'A1001', name: '王芳' }, to: { id: 'A2002', name: '李娜' } }, zh);
    expect(handOver).toMatchObject({ label: '处理人', from: zh('format.person', { name: '王芳', id: 'A1001' }), to: zh('format.person', { name: '李娜', id: 'A2002' }) });
    expect(handOver.from).toContain('A1001');
  });

  it('shows an empty side as a dash, and an unknown field by its name rather than failing', () => {
    expect(describeChange({ field: 'endedAt', from: null, to: '2026-11-25T02:00:00.000Z' }, en)).toMatchObject({ from: '—', to: expect.stringMatching(/^2026-11-25 /) });
    expect(describeChange({ field: 'somethingNew', from: 1, to: 2 }, en)).toEqual({ field: 'somethingNew', label: 'somethingNew', from: '1', to: '2' });
  });

  it('writes out an extension: who approved, when and how the complainant was told, and why', () => {
    const extension = {
      approvedBy: { id: 'L2001', name: '李强' },
      approvedAt: '2026-11-25T02:00:00.000Z',
      notice: { toldAt: '2026-11-25T01:00:00.000Z', method: 'phone', reason: '等待医院证明' },
    };
    const line = describeChange({ field: 'extension', from: null, to: extension }, zh);
    expect(line.to).toContain('李强');
    expect(line.to).toContain(zh('workflow.contactMethod.phone'));
    expect(line.to).toContain('等待医院证明');
  });

  it('lists a stage record line by line, and says where a refused one went', () => {
    const recorded = describeChange({ field: 'stages.closure', from: null, to: validStageData().closure }, zh);
    expect(recorded).toMatchObject({ label: zh('timeline.field.stageRecord', { stage: '投诉关闭' }), to: '已填写' });
    // Issue 22 (17b): a stage record reads as what it is now, not "— → 已填写".
    expect(recorded.from).toBeUndefined();
    expect(recorded.record?.map((l) => l.label)).toContain(zh('workflow.fields.closure.resolution'));
    const moved = describeChange({ field: 'stages.solution', from: validStageData().solution, to: null }, zh);
    expect(moved).toMatchObject({ to: '已移入未接受的方案', record: undefined });
    expect(moved.from).toBeUndefined();
  });

  it('shows a note’s text and a refusal’s reason beside the event, and nothing for an event without one', () => {
    expect(eventDetail(event('note.added', { text: '客户下午回电' }), zh)).toBe('客户下午回电');
    expect(eventDetail(event('solution.refused', { reason: '补偿太少', round: 1 }), zh)).toBe('原因：补偿太少');
    expect(eventDetail(event('stage.advanced', { from: 'intake', to: 'registration' }), zh)).toBeNull();
    expect(eventDetail(event('complaint.withdrawn', { reason: '' }), zh)).toBeNull();
  });
});
