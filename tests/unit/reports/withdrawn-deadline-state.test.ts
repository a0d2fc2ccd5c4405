import { describe, expect, it } from 'vitest';
import { DETAIL_COLUMNS, detailRow } from '../../../shared/domain/reports/export-sheets';
import { EXPORT_TEXTS } from '../../../shared/domain/reports/export-texts';
import type { ReportRow } from '../../../shared/domain/reports/report-row';
import { DEFAULT_DEADLINE_SETTINGS, deadlineLabelOf, deadlineOf } from '../../../shared/domain/workflow/deadlines';

const NOW = new Date('2026-11-26T02:00:00.000Z');
const row = (over: Partial<ReportRow>): ReportRow => ({
  id: 'c1',
  number: 'TS-20261120-0000000A',
  receivedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-12-05T02:00:00.000Z',
  endedAt: null,
  complaintType: 'service_quality',
  complaintSubtype: 'slow_handling',
  channel: 'phone',
  stage: 'intake',
  status: 'open',
  assigneeId: null,
  assigneeName: null,
  branch: null,
  customerName: '张三',
  contactPhone: '13800138000',
  policyNumber: 'P1',
  demand: '退保',
  satisfaction: null,
  rootCause: null,
  lessonsLearned: null,
  improvementMeasures: [],
  ...over,
});
const deadlineCell = (r: ReportRow, language: 'zh-CN' | 'en') => detailRow(r, language, NOW)[DETAIL_COLUMNS.indexOf('deadline')];
/** What the queue and the complaint page show for the same complaint (deadlineOf feeds both). */
const onScreen = (r: ReportRow) =>
  deadlineLabelOf(deadlineOf({ receivedAt: r.receivedAt, complexity: 'standard', status: r.status, endedAt: r.endedAt, suspensions: [] }, DEFAULT_DEADLINE_SETTINGS, NOW));

describe('the daily log\'s 时限状态 column is the state the queue and the complaint page show', () => {
  it('says 已撤诉 (Withdrawn) for a withdrawn complaint, not 已办结', () => {
    const withdrawn = row({ status: 'withdrawn', stage: 'analysis', endedAt: '2026-11-22T02:00:00.000Z' });
    expect(onScreen(withdrawn)).toBe('withdrawn');
    expect(deadlineCell(withdrawn, 'zh-CN')).toBe('已撤诉');
    expect(deadlineCell(withdrawn, 'en')).toBe('Withdrawn');
  });

  it('agrees with the screens for open, closed and withdrawn complaints', () => {
    const rows = [
      row({}),
      row({ receivedAt: '2026-11-12T02:00:00.000Z', dueAt: '2026-11-27T02:00:00.000Z' }),
      row({ receivedAt: '2026-11-01T02:00:00.000Z', dueAt: '2026-11-16T02:00:00.000Z' }),
      row({ status: 'closed', stage: 'closure', endedAt: '2026-11-24T02:00:00.000Z' }),
      row({ status: 'withdrawn', endedAt: '2026-11-24T02:00:00.000Z' }),
    ];
    for (const r of rows) expect(deadlineCell(r, 'zh-CN')).toBe(EXPORT_TEXTS['zh-CN'].deadline[onScreen(r)]);
    expect(rows.map(onScreen)).toEqual(['onTrack', 'dueSoon', 'overdue', 'done', 'withdrawn']);
  });
});
