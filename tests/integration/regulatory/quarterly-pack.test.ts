import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { buildQuarterlyPack } from '../../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyRowOf, returnVisitOutcomeOf, type QuarterlyRow } from '../../../shared/domain/reports/quarterly/quarterly-row';
import { quarterlySheets } from '../../../shared/domain/reports/quarterly/quarterly-sheets';
import { QUARTERLY_TEXTS } from '../../../shared/domain/reports/quarterly/quarterly-texts';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { writeCsv, writeXlsx } from '../../../sheets/sheet-writers';
import { makeTempDir } from '../../support/temp-dir';
import { complaintAt } from '../../support/workflow';

const BJ = '北京分公司';
const SH = '上海分公司';
const NOW = new Date('2026-10-05T02:00:00Z');

/** A row as the pack reads it; what the pack does not count is filled plainly. */
function row(over: Partial<QuarterlyRow> & Pick<QuarterlyRow, 'id' | 'receivedAt' | 'dueAt' | 'status' | 'branch' | 'reasonCode' | 'lineCode'>): QuarterlyRow {
  return {
    number: `TS-${over.id}`,
    endedAt: null,
    suspendedSince: null,
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_amount',
    channel: 'phone',
    stage: over.status === 'open' ? 'analysis' : 'closure',
    assigneeId: null,
    assigneeName: null,
    customerName: '客户',
    contactPhone: '13800138000',
    policyNumber: 'P2026-000001',
    demand: '',
    satisfaction: null,
    rootCause: null,
    lessonsLearned: null,
    improvementMeasures: [],
    repeat: false,
    returnVisit: { due: over.status === 'closed', attempted: false, reached: false, satisfaction: null },
    ...over,
  };
}

/** A closed complaint's 回访 as the desk records it (attempts: reached or not), read by the pack's own reader. */
function visited(...attempts: ({ reached: false } | { reached: true; satisfaction: 'satisfied' | 'basically' | 'not' })[]) {
  const reached = attempts.find((a) => a.reached);
  return returnVisitOutcomeOf({
    status: 'closed',
    returnVisit: {
      attempts: attempts.map((a, i) => ({ at: `2026-09-0${i + 1}T02:00:00.000Z`, reached: a.reached, by: { id: 'A1001', name: '王芳' }, recordedAt: `2026-09-0${i + 1}T02:01:00.000Z` })),
      result: reached?.reached ? { satisfaction: reached.satisfaction, acceptsResult: reached.satisfaction !== 'not', stillWants: '' } : null,
    },
  });
}

/** The seeded quarter, 2026-Q3 (hand-computed figures in the expectations below). */
const ROWS: QuarterlyRow[] = [
  row({ id: 'A', branch: BJ, receivedAt: '2026-07-05T02:00:00Z', dueAt: '2026-07-20T02:00:00Z', endedAt: '2026-07-15T02:00:00Z', status: 'closed', reasonCode: 'claims.amount', lineCode: 'motor', satisfaction: 5, returnVisit: visited({ reached: false }, { reached: true, satisfaction: 'satisfied' }) }),
  row({ id: 'B', branch: BJ, receivedAt: '2026-08-01T02:00:00Z', dueAt: '2026-08-16T02:00:00Z', endedAt: '2026-08-20T02:00:00Z', status: 'closed', reasonCode: 'sales.misleading', lineCode: 'participating_life', satisfaction: 2, repeat: true, returnVisit: visited({ reached: false }, { reached: false }) }),
  row({ id: 'C', branch: SH, receivedAt: '2026-09-25T02:00:00Z', dueAt: '2026-10-10T02:00:00Z', status: 'open', reasonCode: 'policy_service', lineCode: 'medical', channel: 'regulator' }),
  row({ id: 'D', branch: SH, receivedAt: '2026-09-01T02:00:00Z', dueAt: '2026-09-16T02:00:00Z', endedAt: '2026-09-03T02:00:00Z', status: 'withdrawn', reasonCode: 'surrender', lineCode: 'ordinary_life' }),
  row({ id: 'E', branch: SH, receivedAt: '2026-06-20T02:00:00Z', dueAt: '2026-07-05T02:00:00Z', endedAt: '2026-07-10T02:00:00Z', status: 'closed', reasonCode: 'claims', lineCode: 'motor' }),
  row({ id: 'F', branch: BJ, receivedAt: '2026-09-10T02:00:00Z', dueAt: '2026-09-25T02:00:00Z', status: 'open', reasonCode: 'claims.slow', lineCode: 'motor' }),
  row({ id: 'G', branch: SH, receivedAt: '2026-08-10T02:00:00Z', dueAt: '2026-08-25T02:00:00Z', status: 'open', suspendedSince: '2026-08-20T02:00:00Z', reasonCode: 'claims.denied', lineCode: 'accident' }),
];

const SETTINGS = {
  classification: DEFAULT_CLASSIFICATION,
  denominators: [
    { quarter: '2026-Q3', branch: BJ, premiumYuan: 2e8, policies: 30_000, customers: 20_000 },
    { quarter: '2026-Q3', branch: SH, premiumYuan: 1e8, policies: 10_000, customers: 5_000 },
  ],
};

const pack = buildQuarterlyPack(ROWS, '2026-Q3', SETTINGS, NOW);
const zh = QUARTERLY_TEXTS['zh-CN'];

/** The reference: every cell of the two sheets, in order (company, 上海, 北京 — by code point). */
const EXPECTED_OVERVIEW: unknown[][] = [
  ['保险消费投诉季度统计'],
  ['季度', '2026-Q3'],
  ['统计期间', '2026-07-01 ~ 2026-09-30'],
  ['统计时间', '2026-10-05 10:00:00'],
  ['分类口径', '监管投诉通报口径'],
  [],
  ['指标', '全公司', SH, BJ],
  ['投诉量（件）', 6, 3, 3],
  ['亿元保费投诉量（件/亿元）', 2, 3, 1.5],
  ['万张保单投诉量（件/万张）', 1.5, 3, 1],
  ['万人次投诉量（件/万人次）', 2.4, 6, 1.5],
  ['期内到期投诉（件）', 4, 1, 3],
  ['其中按时办结（件）', 1, 0, 1],
  ['投诉办理及时率', 0.25, 0, 0.3333],
  ['回访成功率', 0.5, null, 0.5],
  ['满意率', 1, null, 1],
  ['重复投诉率', 0.1667, 0, 0.3333],
  ['监管转办占比', 0.1667, 0.3333, 0],
  ['撤诉（件）', 1, 1, 0],
  ['超期（件）', 2, 0, 2],
  [],
  ['口径说明'],
  ...zh.definitionTexts.map((t) => [t]),
];

const EXPECTED_COUNTS: unknown[][] = [
  ['投诉原因', '险种', '机构', '件数'],
  ['理赔纠纷', '机动车辆保险', BJ, 2],
  ['理赔纠纷', '意外伤害保险', SH, 1],
  ['保单服务纠纷', '医疗保险', SH, 1],
  ['销售纠纷', '分红型人寿保险', BJ, 1],
  ['退保纠纷', '普通人寿保险', SH, 1],
];

const temp = makeTempDir('quarterly-');
afterAll(() => temp.cleanup());
const options = { signal: new AbortController().signal, onRows: () => {} };
/** A sheet read back as rows of values, trailing empty cells dropped (null for an empty cell within a row). */
const readBack = (sheet: XLSX.WorkSheet) =>
  XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: true, defval: null }).map((r) => {
    const cells = [...r];
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    return cells;
  });

describe('the quarterly pack of a seeded quarter', () => {
  it('writes exactly the expected sheets to XLSX (read back)', async () => {
    const path = join(temp.dir, 'q.xlsx');
    await writeXlsx(path, quarterlySheets(pack, DEFAULT_CLASSIFICATION, 'zh-CN'), options);
    const book = XLSX.read(readFileSync(path), { type: 'buffer' });
    expect(book.SheetNames).toEqual([zh.overview, zh.counts]);
    expect(readBack(book.Sheets[zh.overview]!)).toEqual(EXPECTED_OVERVIEW);
    expect(readBack(book.Sheets[zh.counts]!)).toEqual(EXPECTED_COUNTS);
  });

  it('writes the counts as CSV (UTF-8 with BOM), and the English pack with English names', async () => {
    const path = join(temp.dir, 'q.csv');
    await writeCsv(path, quarterlySheets(pack, DEFAULT_CLASSIFICATION, 'zh-CN')[1]!, options);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF投诉原因,险种,机构,件数\r\n理赔纠纷,机动车辆保险,北京分公司,2\r\n')).toBe(true);
    const en = quarterlySheets(pack, DEFAULT_CLASSIFICATION, 'en');
    expect([...en[1]!.rows][1]).toEqual(['Claims dispute', 'Motor vehicle insurance', BJ, 2]);
    expect([...en[0]!.rows][13]).toEqual(['Timely handling rate', 0.25, 0, 0.3333]);
  });

  it('reads the 回访 from the record: a closed complaint without one is due and not attempted; satisfaction from the reached call', () => {
    const closed = complaintAt('closure');
    expect(quarterlyRowOf({ ...closed, status: 'closed' }, DEFAULT_DEADLINE_SETTINGS, BJ, DEFAULT_CLASSIFICATION).returnVisit).toEqual({ due: true, attempted: false, reached: false, satisfaction: null });
    expect(visited({ reached: false }, { reached: true, satisfaction: 'not' })).toEqual({ due: true, attempted: true, reached: true, satisfaction: 'not' });
    expect(quarterlyRowOf(closed, DEFAULT_DEADLINE_SETTINGS, BJ, DEFAULT_CLASSIFICATION).returnVisit.due).toBe(false);
  });

  it('reads its rows from whole complaint records: the registered codes, or the mapping for an old one', () => {
    const registered = quarterlyRowOf(complaintAt('closure'), DEFAULT_DEADLINE_SETTINGS, BJ, DEFAULT_CLASSIFICATION);
    expect(registered).toMatchObject({ reasonCode: 'claims.amount', lineCode: 'motor', repeat: false, branch: BJ });
    const old = complaintAt('closure');
    const { reasonCode: _r, lineCode: _l, ...before } = old.stages.registration!;
    const legacy = quarterlyRowOf({ ...old, stages: { ...old.stages, registration: before } }, DEFAULT_DEADLINE_SETTINGS, null, DEFAULT_CLASSIFICATION);
    // The fixture's subtype is a claim amount on 安心驾车险: 理赔金额争议, 机动车辆保险.
    expect(legacy).toMatchObject({ reasonCode: 'claims.amount', lineCode: 'motor' });
  });
});
