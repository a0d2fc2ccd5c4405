import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { takeExportFile } from '../../../core/exports/export-jobs';
import { reportRowsReceived } from '../../../core/services/desk-report-rows';
import { dailyLogSheets } from '../../../shared/domain/reports/daily-log-sheets';
import { neutraliseCell, type CellValue } from '../../../shared/domain/reports/safe-cell';
import { writeXlsx } from '../../../sheets/sheet-writers';
import { BATCH_ROWS, MAX_IN_FLIGHT, writeXlsxInWorker, type XlsxSink } from '../../../sheets/xlsx-worker-writer';
import { seedTeam } from '../../../bench/support/team-desk';
import { makeTestDesk } from '../../support/desk';
import { DATA_SET_NOW, seedTeamDataSet } from '../../support/team-data-set';
import { expectNoFormulaCells, formulaishTable } from '../../support/formula-cells';
import { makeTempDir } from '../../support/temp-dir';
import { LEAD } from '../../support/workflow';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

/** More complaints than the writer lets wait in the worker, so the reader is held back and pages are read between batches. */
const COMPLAINTS = 2 * BATCH_ROWS * MAX_IN_FLIGHT;
const request = { kind: 'dailyLog', range: { from: '2026-08-01', to: '2026-11-25' }, format: 'xlsx', language: 'zh-CN' } as const;
const never = new AbortController().signal;

/**
 * Every cell of every sheet as SheetJS reads it back, a line per cell (address, type, value) under its
 * sheet's name and range, in the workbook's order; and how many cells hold a formula.
 */
function cellsOf(bytes: Buffer): { sheetNames: string[]; lines: string[]; formulas: number } {
  const book = XLSX.read(bytes, { type: 'buffer' });
  const lines: string[] = [];
  let formulas = 0;
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]!;
    lines.push(`[${name}] ${String(sheet['!ref'])}`);
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      if (c.f !== undefined) formulas += 1;
      lines.push(`${ref} ${c.t} ${JSON.stringify(c.v)}`);
    }
  }
  return { sheetNames: book.SheetNames, lines, formulas };
}

/**
 * Runs an export job to its end: its status, progress and, when done, the file's bytes. With `tmpdir`,
 * the job makes its directory there (it does so when it starts, under the OS temp dir).
 */
async function runExport(desk: TestDesk, options: { tmpdir?: string; onProgress?: (written: number, jobId: string) => void } = {}) {
  const progress: number[] = [];
  let finish: (status: string) => void = () => {};
  const finished = new Promise<string>((resolve) => (finish = resolve));
  let jobId = '';
  const stop = desk.ctx.events.subscribe((name, payload) => {
    if (name === 'exports.progress') {
      progress.push((payload as { written: number }).written);
      options.onProgress?.((payload as { written: number }).written, jobId);
    }
    if (name === 'exports.finished') finish((payload as { status: string }).status);
  });
  const tmpdir = process.env.TMPDIR;
  if (options.tmpdir) process.env.TMPDIR = options.tmpdir;
  const started = await desk.dispatch('exports.start', request).finally(() => {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  });
  jobId = valueOf<{ jobId: string; total: number }>(started).jobId;
  const status = await finished;
  stop();
  const file = takeExportFile(desk.ctx, jobId);
  const bytes = file ? readFileSync(file.path) : undefined;
  file?.release();
  return { status, progress, total: valueOf<{ total: number }>(started).total, bytes };
}

describe('the daily log written by the XLSX worker thread', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = makeTestDesk();
    await seedTeamDataSet(desk);
    seedTeam(desk.db, COMPLAINTS);
    signInAs(desk, LEAD);
  }, 120_000);
  afterAll(() => desk.close());
  afterEach(() => vi.restoreAllMocks());

  it('equals, cell by cell, the same daily log written on one thread, 汇总 first', async () => {
    const { status, progress, total, bytes } = await runExport(desk);
    expect(status).toBe('done');
    const complaints = reportRowsReceived(desk.ctx, request.range);
    expect(total).toBe(complaints.length + 1);
    expect(progress.at(-1)).toBe(total);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const reference = join(desk.dir, 'one-thread.xlsx');
    const { sheets } = dailyLogSheets(complaints, request, DATA_SET_NOW);
    await writeXlsx(reference, sheets, { signal: never, onRows: () => {} });

    const fromWorker = cellsOf(bytes!);
    const oneThread = cellsOf(readFileSync(reference));
    expect(fromWorker.sheetNames).toEqual(['汇总', '明细']);
    expect(fromWorker.lines.length).toBe(oneThread.lines.length);
    // The first line that differs, if any (a diff of 700k lines would take the reporter minutes).
    const differs = fromWorker.lines.findIndex((line, i) => line !== oneThread.lines[i]);
    expect(differs === -1 ? null : [fromWorker.lines[differs], oneThread.lines[differs]]).toBeNull();
    expect(fromWorker.lines).toContain(`[明细] A1:Q${total}`);
    expect(fromWorker.formulas).toBe(0);
    // The data set's customer named =HYPERLINK(…) is text that shows as typed.
    expect(fromWorker.lines.some((line) => line.endsWith(` s ${JSON.stringify(`'=HYPERLINK("http://x")`)}`))).toBe(true);
  }, 120_000);

  it('cancels mid-way: the worker is terminated and the partial file removed', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const temp = makeTempDir();
    let partial: string[] = [];
    const { status, progress, total, bytes } = await runExport(desk, {
      tmpdir: temp.dir,
      onProgress: (written, jobId) => {
        if (partial.length > 0 || written === 0) return;
        partial = readdirSync(temp.dir).flatMap((dir) => readdirSync(join(temp.dir, dir)));
        void desk.dispatch('exports.cancel', { jobId });
      },
    });
    expect(status).toBe('cancelled');
    expect(partial).toEqual(['export.xlsx']);
    expect(bytes).toBeUndefined();
    expect(progress.at(-1)).toBeLessThan(total);
    expect(terminate).toHaveBeenCalled();
    expect((terminate.mock.contexts[0] as Worker).threadId).toBe(-1);
    expect(readdirSync(temp.dir)).toEqual([]);
    temp.cleanup();
  }, 60_000);

  it('fails the job, removing its file, when reading the complaints fails half-way', async () => {
    const other = makeTestDesk();
    seedTeam(other.db, COMPLAINTS);
    signInAs(other, LEAD);
    const temp = makeTempDir();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, bytes } = await runExport(other, { tmpdir: temp.dir, onProgress: (written) => written > 0 && other.db.open && other.db.close() });
    expect(status).toBe('failed');
    expect(bytes).toBeUndefined();
    expect(logged).toHaveBeenCalledWith('[exports] writing failed', expect.stringContaining('database connection is not open'));
    expect(readdirSync(temp.dir)).toEqual([]);
    temp.cleanup();
    other.close();
  }, 60_000);
});

describe('the daily log of a range without complaints', () => {
  it('still has its 汇总 and a 明细 of its header alone', async () => {
    const empty = makeTestDesk();
    signInAs(empty, LEAD);
    const { status, total, progress, bytes } = await runExport(empty);
    expect(status).toBe('done');
    expect(total).toBe(1);
    expect(progress.at(-1)).toBe(1);
    const book = XLSX.read(bytes!, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '明细']);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1 })).toHaveLength(1);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['汇总']!, { header: 1 }).length).toBeGreaterThan(10);
    empty.close();
  });
});

describe('writeXlsxInWorker', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  afterEach(() => vi.restoreAllMocks());
  const rows = (n: number, from = 0): CellValue[][] => Array.from({ length: n }, (_, i) => [`r${from + i}`, from + i, null]);
  const addAll = (sink: XlsxSink, sheet: number, table: CellValue[][]) => table.forEach((row) => sink.addRow(sheet, row));

  it('surfaces an I/O error of the worker: a file it cannot create', async () => {
    const path = join(temp.dir, 'no', 'such', 'dir.xlsx');
    const written = writeXlsxInWorker(path, ['S'], { signal: never, onRows: () => {} }, async (sink) => {
      addAll(sink, 0, rows(10));
      await sink.room();
    });
    await expect(written).rejects.toThrow(/ENOENT/);
  });

  it('surfaces an error thrown in the worker, after the worker has stopped: rows for a sheet already finished', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const written = writeXlsxInWorker(join(temp.dir, 'twice.xlsx'), ['A', 'B'], { signal: never, onRows: () => {} }, async (sink) => {
      addAll(sink, 0, rows(5));
      addAll(sink, 1, rows(5));
      addAll(sink, 0, rows(5));
      for (;;) await sink.room();
    });
    await expect(written).rejects.toThrow('[xlsx-worker] sheet 0 is unknown or already finished');
    expect((terminate.mock.contexts[0] as Worker).threadId).toBe(-1);
  });

  it('stops at an abort while the feeder waits for room, with the abort reason', async () => {
    const controller = new AbortController();
    const path = join(temp.dir, 'aborted.xlsx');
    let sent = 0;
    const written = writeXlsxInWorker(path, ['S'], { signal: controller.signal, onRows: () => controller.abort() }, async (sink) => {
      for (;;) {
        addAll(sink, 0, rows(BATCH_ROWS, sent));
        sent += BATCH_ROWS;
        await sink.room();
      }
    });
    await expect(written).rejects.toMatchObject({ name: 'AbortError' });
    // Held back by the worker: the feeder never ran more than a window ahead of what was written.
    expect(sent).toBeLessThanOrEqual((MAX_IN_FLIGHT + 2) * BATCH_ROWS);
    expect(existsSync(path)).toBe(true);
  });

  it('neutralised text stays text through the worker: no cell of arbitrary texts is a formula', async () => {
    await fc.assert(
      fc.asyncProperty(formulaishTable, async (table) => {
        const file = join(temp.dir, 'p.xlsx');
        await writeXlsxInWorker(file, ['S'], { signal: never, onRows: () => {} }, async (sink) => {
          addAll(sink, 0, table.map((row) => row.map(neutraliseCell)));
        });
        const sheet = XLSX.read(readFileSync(file), { type: 'buffer' }).Sheets.S!;
        expectNoFormulaCells(sheet);
      }),
      { numRuns: 10 },
    );
  });
});
