import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { takeExportFile } from '../../../core/exports/export-jobs';
import { writeXlsx } from '../../../sheets/sheet-writers';
import { teamQueue } from '../../../core/use-cases/team/team-queue';
import { regulatoryStats, teamReport } from '../../../core/use-cases/reports/reports';
import { DETAIL_COLUMNS, detailHeader, detailRow, regulatoryRows, summaryRows } from '../../../shared/domain/reports/export-sheets';
import { deadlineLabelOf, type DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import { isFormulaLike, neutraliseCell } from '../../../shared/domain/reports/safe-cell';
import { reportRowPagesReceived, reportRowsReceived } from '../../../core/services/desk-report-rows';
import { makeTestDesk, validIntake } from '../../support/desk';
import { DATA_SET_NOW, EAST_BRANCH, seedTeamDataSet, SOUTH_BRANCH } from '../../support/team-data-set';
import { expectNoFormulaCells, formulaishTable } from '../../support/formula-cells';
import { makeTempDir } from '../../support/temp-dir';
import { LEAD, OTHER_AGENT } from '../../support/workflow';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

const november = { from: '2026-11-01', to: '2026-11-25' };

describe('daily log and regulatory exports, read back with SheetJS', () => {
  let desk: TestDesk;
  let data: Awaited<ReturnType<typeof seedTeamDataSet>>;
  beforeAll(async () => {
    desk = makeTestDesk();
    data = await seedTeamDataSet(desk);
    signInAs(desk, LEAD);
  });
  afterAll(() => desk.close());

  async function exportFile(request: object, on: TestDesk = desk): Promise<{ bytes: Buffer; fileName: string; progress: number[] }> {
    const desk = on;
    const progress: number[] = [];
    let finish: (status: string) => void = () => {};
    const finished = new Promise<string>((resolve) => (finish = resolve));
    const stop = desk.ctx.events.subscribe((name, payload) => {
      if (name === 'exports.progress') progress.push((payload as { written: number }).written);
      if (name === 'exports.finished') finish((payload as { status: string }).status);
    });
    const { jobId } = valueOf<{ jobId: string }>(await desk.dispatch('exports.start', request));
    expect(await finished).toBe('done');
    stop();
    const file = takeExportFile(desk.ctx, jobId);
    if (!file) throw new Error('no file');
    const bytes = readFileSync(file.path);
    file.release();
    expect(takeExportFile(desk.ctx, jobId)).toBeNull();
    return { bytes, fileName: file.fileName, progress };
  }

  it('writes 汇总 and 明细 in zh-CN, cell by cell as the report function and the detail rows say', async () => {
    const { bytes, fileName, progress } = await exportFile({ kind: 'dailyLog', range: november, format: 'xlsx', language: 'zh-CN' });
    expect(fileName).toBe('投诉日报_2026-11-01_2026-11-25.xlsx');
    expect(progress.at(-1)).toBeGreaterThan(6);
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '明细']);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['汇总']!, { header: 1, blankrows: true, defval: null });
    const report = teamReport(desk.ctx, LEAD, november);
    const expected = summaryRows(report, 'zh-CN').map((row) => row.map((cell) => (cell === null ? null : cell)));
    expect(summary.map((row) => row.slice(0, 3))).toEqual(expected.map((row) => [...row, null, null, null].slice(0, 3)));
    expect(summary[5]).toEqual(['受理', 6, 1]);

    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1, defval: null });
    expect(detail[0]).toEqual(detailHeader('zh-CN'));
    expect(detail[0]?.slice(0, 3)).toEqual(['投诉编号', '受理时间', '投诉类型']);
    const rows = reportRowsReceived(desk.ctx, november);
    expect(detail.slice(1)).toEqual(rows.map((row) => detailRow(row, 'zh-CN', DATA_SET_NOW)));
    const a = detail.find((row) => row[0] === data.a.number);
    expect(a?.slice(1, 5)).toEqual(['2026-11-01 10:00:00', '理赔纠纷', '理赔金额争议', '电话']);
    expect(a?.[6]).toBe('***8000');
    const c = detail.find((row) => row[0] === data.c.number);
    expect(c?.[5]).toBe(`'=HYPERLINK("http://x")`);
    for (const sheet of Object.values(book.Sheets)) {
      for (const [ref, cell] of Object.entries(sheet)) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined();
    }
  });

  it('writes English headers and labels in en', async () => {
    const { bytes, fileName } = await exportFile({ kind: 'dailyLog', range: november, format: 'xlsx', language: 'en' });
    expect(fileName).toBe('daily-log_2026-11-01_2026-11-25.xlsx');
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Summary', 'Detail']);
    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Detail!, { header: 1, defval: null });
    expect(detail[0]?.slice(0, 3)).toEqual(['Number', 'Received', 'Type']);
  });

  it('writes the detail as CSV in UTF-8 with a BOM that a spreadsheet opens as Chinese', async () => {
    const { bytes, fileName } = await exportFile({ kind: 'dailyLog', range: november, format: 'csv', language: 'zh-CN' });
    expect(fileName.endsWith('.csv')).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.split('\r\n')[0]).toBe(detailHeader('zh-CN').join(','));
    const book = XLSX.read(text, { type: 'string' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null, raw: false });
    expect(rows).toHaveLength(7);
    expect(rows.find((row) => row[0] === data.c.number)?.[5]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('says 已撤诉 for the withdrawn complaint in XLSX and CSV, as the complaint page and the queue do (issue 22)', async () => {
    const page = valueOf<DeadlineInfo>(await desk.dispatch('complaints.deadline', { id: data.c.id }));
    expect(deadlineLabelOf(page)).toBe('withdrawn');
    const column = DETAIL_COLUMNS.indexOf('deadline');
    const xlsx = XLSX.read((await exportFile({ kind: 'dailyLog', range: november, format: 'xlsx', language: 'zh-CN' })).bytes, { type: 'buffer' });
    const xlsxRows = XLSX.utils.sheet_to_json<unknown[]>(xlsx.Sheets['明细']!, { header: 1, defval: null });
    expect(xlsxRows.find((row) => row[0] === data.c.number)?.[column]).toBe('已撤诉');
    const csv = (await exportFile({ kind: 'dailyLog', range: november, format: 'csv', language: 'zh-CN' })).bytes.subarray(3).toString('utf8');
    const csvBook = XLSX.read(csv, { type: 'string' });
    const csvRows = XLSX.utils.sheet_to_json<unknown[]>(csvBook.Sheets[csvBook.SheetNames[0]!]!, { header: 1, defval: null, raw: false });
    expect(csvRows.find((row) => row[0] === data.c.number)?.[column]).toBe('已撤诉');
    // A closed one stays 已办结.
    expect(csvRows.find((row) => row[0] === data.a.number)?.[column]).toBe('已办结');
  });

  it('reads the complaints a page at a time in the same order as all at once, none twice or skipped, for any page size', () => {
    const whole = reportRowsReceived(desk.ctx, november);
    expect(whole.length).toBeGreaterThan(3);
    for (const size of [1, 2, 3, whole.length, whole.length + 5]) {
      const paged: typeof whole = [];
      const nextPage = reportRowPagesReceived(desk.ctx, november, size);
      let pages = 0;
      while (nextPage((row) => paged.push(row))) pages++;
      expect(paged).toEqual(whole);
      expect(pages).toBe(Math.floor(whole.length / size) + 1);
    }
  });

  it('exports the regulatory statistics of a month', async () => {
    const { bytes, fileName } = await exportFile({ kind: 'regulatory', period: '2026-11', format: 'xlsx', language: 'zh-CN' });
    expect(fileName).toBe('监管统计_2026-11.xlsx');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes, { type: 'buffer' }).Sheets['监管统计']!, { header: 1, defval: null });
    expect(rows.find((row) => row[0] === '投诉总量')?.[1]).toBe(6);
    expect(rows.find((row) => row[0] === '监管转办件')?.slice(1, 3)).toEqual([1, 0.1667]);
    expect(rows.find((row) => row[0] === '万张保单投诉量')?.[1]).toBe('未录入');
  });

  it('writes the regulatory sheet cell by cell as the statistics say, with the counts by branch under Chinese headers', async () => {
    const { bytes } = await exportFile({ kind: 'regulatory', period: '2026-11', format: 'xlsx', language: 'zh-CN' });
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['监管统计']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['监管统计']!, { header: 1, blankrows: true, defval: null });
    const expected = regulatoryRows(regulatoryStats(desk.ctx, LEAD, '2026-11'), 'zh-CN');
    expect(rows.map((row) => row.slice(0, 3))).toEqual(expected.map((row) => [...row, null, null, null].slice(0, 3)));
    const at = rows.findIndex((row) => row[0] === '按分公司');
    expect(rows.slice(at, at + 4).map((row) => row.slice(0, 2))).toEqual([
      ['按分公司', null],
      [EAST_BRANCH.name, 4],
      [SOUTH_BRANCH.name, 1],
      ['未知分公司', 1],
    ]);
    expect(rows.find((row) => row[0] === '按投诉类型')).toBeDefined();
    expect(rows.find((row) => row[0] === '按渠道')).toBeDefined();
  });

  it('writes the regulatory statistics as CSV, the branch section with English labels in en', async () => {
    const { bytes, fileName } = await exportFile({ kind: 'regulatory', period: '2026-11', format: 'csv', language: 'en' });
    expect(fileName.endsWith('.csv')).toBe(true);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const lines = text.split('\r\n');
    const at = lines.indexOf('By branch,,');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([`${EAST_BRANCH.name},4,`, `${SOUTH_BRANCH.name},1,`, 'Unknown branch,1,']);
  });

  it('neutralises a branch name an admin typed as a formula, in XLSX and CSV', async () => {
    const other = makeTestDesk();
    try {
      const branchName = '=HYPERLINK("http://x","华北")';
      signInAs(other, { id: 'A1001', name: '王芳', role: 'agent', branchId: 'a7d1c0de-0000-4000-8000-0000000000ff', branchName });
      valueOf(await other.dispatch('complaints.create', validIntake({ callTime: '2026-11-20T10:00:00+08:00' })));
      signInAs(other, LEAD);
      const xlsx = await exportFile({ kind: 'regulatory', period: '2026-11', format: 'xlsx', language: 'zh-CN' }, other);
      const sheet = XLSX.read(xlsx.bytes, { type: 'buffer' }).Sheets['监管统计']!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
      expect(rows.at(-1)?.slice(0, 2)).toEqual([`'${branchName}`, 1]);
      for (const [ref, cell] of Object.entries(sheet)) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined();
      const csv = await exportFile({ kind: 'regulatory', period: '2026-11', format: 'csv', language: 'zh-CN' }, other);
      const lines = csv.bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines.at(-1)).toBe(`"'=HYPERLINK(""http://x"",""华北"")",1,`);
    } finally {
      other.close();
    }
  });

  it('cancels an export: no file is left to take', async () => {
    let finish: (status: string) => void = () => {};
    const finished = new Promise<string>((resolve) => (finish = resolve));
    const stop = desk.ctx.events.subscribe((name, payload) => name === 'exports.finished' && finish((payload as { status: string }).status));
    const { jobId } = valueOf<{ jobId: string }>(await desk.dispatch('exports.start', { kind: 'dailyLog', range: november, format: 'xlsx', language: 'zh-CN' }));
    expect(valueOf(await desk.dispatch('exports.cancel', { jobId }))).toEqual({ cancelled: true });
    expect(await finished).toBe('cancelled');
    stop();
    expect(takeExportFile(desk.ctx, jobId)).toBeNull();
  });

  it('refuses an agent in core, not only at the dispatcher', () => {
    const agent = { ...OTHER_AGENT };
    expect(() => teamQueue(desk.ctx, agent, { filter: {}, sortBy: 'dueAt', direction: 'asc', offset: 0, limit: 10 })).toThrow(/forbidden/);
    expect(() => teamReport(desk.ctx, agent, november)).toThrow(/forbidden/);
  });
});

describe('no exported cell is a formula', () => {
  it('neutralises every text a formula could start with', () => {
    fc.assert(fc.property(fc.string(), (text) => !isFormulaLike(neutraliseCell(text)) && neutraliseCell(text).endsWith(text)));
  });

  it('holds for whole XLSX files of arbitrary texts, read back with SheetJS', async () => {
    const temp = makeTempDir();
    await fc.assert(
      fc.asyncProperty(formulaishTable, async (table) => {
        const file = join(temp.dir, 'p.xlsx');
        const rows = table.map((row) => detailSafe(row));
        await writeXlsx(file, [{ name: 'S', rows }], { signal: new AbortController().signal, onRows: () => {} });
        const sheet = XLSX.read(readFileSync(file), { type: 'buffer' }).Sheets.S!;
        expectNoFormulaCells(sheet);
      }),
      { numRuns: 40 },
    );
    temp.cleanup();
  });
});

const detailSafe = (row: string[]) => row.map(neutraliseCell);
