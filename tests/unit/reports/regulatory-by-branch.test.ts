import { describe, expect, it } from 'vitest';
import { branchCounts } from '../../../shared/domain/reports/branch-counts';
import { regulatoryRows } from '../../../shared/domain/reports/export-sheets';
import { buildRegulatoryStats, RegulatoryStatsSchema } from '../../../shared/domain/reports/regulatory';
import type { ReportRow } from '../../../shared/domain/reports/report-row';
import { isFormulaLike } from '../../../shared/domain/reports/safe-cell';

const NOW = new Date('2026-11-25T02:00:00.000Z');
const SCOPE = { period: '2026-11', from: '2026-11-01', to: '2026-11-30', now: NOW };

let n = 0;
function row(branch: string | null): ReportRow {
  n += 1;
  return {
    id: `c${n}`,
    number: `TS${n}`,
    receivedAt: '2026-11-10T02:00:00.000Z',
    dueAt: '2026-11-25T02:00:00.000Z',
    endedAt: null,
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_amount',
    channel: 'phone',
    stage: 'intake',
    status: 'open',
    assigneeId: 'A1001',
    assigneeName: '王芳',
    branch,
    customerName: '张伟',
    contactPhone: '13800138000',
    policyNumber: 'P1',
    demand: '',
    satisfaction: null,
    rootCause: null,
    lessonsLearned: null,
    improvementMeasures: [],
  };
}
const rows = (counts: [string | null, number][]) => counts.flatMap(([branch, k]) => Array.from({ length: k }, () => row(branch)));

describe('regulatory statistics by branch (分公司)', () => {
  it('counts each branch, most first, then by name; the unknown branch is a bucket of its own', () => {
    const stats = buildRegulatoryStats(rows([['华南分公司', 2], [null, 3], ['华东分公司', 2], ['华北分公司', 5]]), SCOPE, null);
    expect(stats.byBranch).toEqual([
      { branch: '华北分公司', count: 5 },
      { branch: null, count: 3 },
      { branch: '华东分公司', count: 2 },
      { branch: '华南分公司', count: 2 },
    ]);
    expect(stats.byBranch.reduce((sum, b) => sum + b.count, 0)).toBe(stats.total);
    expect(RegulatoryStatsSchema.parse(stats)).toEqual(stats);
  });

  it('puts the unknown branch after the named ones of its count, and never depends on the rows\' order', () => {
    const some = rows([[null, 1], ['乙分公司', 1], ['甲分公司', 1], ['Zeta', 1], ['Alpha', 1]]);
    const expected = branchCounts(some);
    expect(expected.at(-1)).toEqual({ branch: null, count: 1 });
    // The zh-CN collation: Chinese names by pinyin (甲 jiǎ before 乙 yǐ), then Latin ones.
    expect(expected.map((b) => b.branch)).toEqual(['甲分公司', '乙分公司', 'Alpha', 'Zeta', null]);
    expect(branchCounts([...some].reverse())).toEqual(expected);
  });

  it('has nothing to count when nothing was received', () => {
    expect(buildRegulatoryStats([], SCOPE, null).byBranch).toEqual([]);
  });

  it('exports the branch section with Chinese or English headers, the unknown branch named', () => {
    const stats = buildRegulatoryStats(rows([['华东分公司', 2], [null, 1]]), SCOPE, null);
    const zh = regulatoryRows(stats, 'zh-CN');
    const at = zh.findIndex((r) => r[0] === '按分公司');
    expect(at).toBeGreaterThan(0);
    expect(zh.slice(at, at + 3)).toEqual([
      ['按分公司', null, null],
      ['华东分公司', 2, null],
      ['未知分公司', 1, null],
    ]);
    const en = regulatoryRows(stats, 'en');
    const enAt = en.findIndex((r) => r[0] === 'By branch');
    expect(en.slice(enAt + 1, enAt + 3)).toEqual([
      ['华东分公司', 2, null],
      ['Unknown branch', 1, null],
    ]);
  });

  it('neutralises a branch name that would run as a formula, as every exported text', () => {
    const names = ['=HYPERLINK("http://x","华北")', '+华南', '-1+1', '@SUM(A1)', '\t华西', '\r华中'];
    const stats = buildRegulatoryStats(rows(names.map((name) => [name, 1])), SCOPE, null);
    const cells = regulatoryRows(stats, 'zh-CN').flat().filter((c): c is string => typeof c === 'string');
    for (const name of names) expect(cells).toContain(`'${name}`);
    expect(cells.filter(isFormulaLike)).toEqual([]);
  });
});
