/// <reference path="./module-path.d.ts" />
import { Worker } from 'node:worker_threads';
import type { CellValue } from '../shared/domain/reports/safe-cell';
import type { WriteOptions } from './sheet-writers';
import xlsxWorkerPath from './xlsx-worker.mjs?modulePath';
import type { FromXlsxWorker, ToXlsxWorker, XlsxWorkerData } from './xlsx-worker-protocol';

/** Rows per batch: one message of ~2,000 rows costs the two threads a few ms, and the worker acknowledges each. */
export const BATCH_ROWS = 2000;
/**
 * Batches sent and not yet written before `room` waits: a bound on what the reader holds ahead of the
 * writer (a few MB), and room for the worker to keep writing while the feeder computes something of its own.
 */
export const MAX_IN_FLIGHT = 6;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where `feed` puts its rows. */
export interface XlsxSink {
  /**
   * Sends the rows added so far, then resolves when the worker has room for another batch, after one
   * turn of the event loop at least (a feeder that reads between waits lets other work in); rejects
   * once the write has failed or was cancelled. Read the next rows after it resolves.
   */
  room: () => Promise<void>;
  /**
   * Adds a row to a sheet (an index into the sheet names). It is copied as JSON text at once, so the
   * caller's array is garbage right away: rows kept as arrays until their batch was sent made V8
   * pretenure them (their allocation site, found surviving scavenges, then allocates straight into the
   * old generation) and cost ~30 MB of heap at every run (docs/export-performance.md).
   */
  addRow: (sheet: number, cells: CellValue[]) => void;
}

export interface WorkerWriteOptions extends WriteOptions {
  /** The worker's entry file; by default sheets/xlsx-worker.mjs, or its own bundle in the Electron build. */
  workerPath?: string;
}

/**
 * Writes an XLSX file in a worker thread while `feed` produces its rows: the caller's thread reads and
 * maps, the worker runs exceljs and the zip, and the two overlap. Sheets are listed in `sheetNames`'
 * order whatever order they are fed in, and each sheet's rows must come together (so a 汇总 computed
 * from every row can be fed last and still be the first sheet).
 *
 * Resolves when the file is complete and closed. Rejects, always after the worker has stopped (so the
 * caller may remove the file), with `feed`'s error, the worker's error, or the abort reason once
 * `signal` fires: a cancel terminates the worker at once.
 */
export async function writeXlsxInWorker(path: string, sheetNames: string[], options: WorkerWriteOptions, feed: (sink: XlsxSink) => Promise<void>): Promise<void> {
  options.signal.throwIfAborted();
  const workerData: XlsxWorkerData = { xlsxWriter: { path, sheetNames } };
  // No execArgv: the entry is plain JavaScript and needs none of the parent's loaders (tsx's among them).
  // exceljs makes short-lived garbage by the million: a young generation of 8 MB instead of V8's 32 MB
  // measured no slower and ~50 MB less at the peak (docs/export-performance.md).
  const worker = new Worker(options.workerPath ?? xlsxWorkerPath, { workerData, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  let failure: { error: unknown } | null = null;
  let finished = false;
  let inFlight = 0;
  let written = 0;
  let wake: (() => void) | null = null;
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (error: unknown) => {
    failure ??= { error };
    notify();
  };
  const throwIfFailed = () => {
    if (failure) throw failure.error;
  };
  const send = (message: ToXlsxWorker) => worker.postMessage(message);

  worker.on('message', (message: FromXlsxWorker) => {
    if ('written' in message) {
      inFlight -= 1;
      written += message.written;
      options.onRows(written);
    } else finished = true;
    notify();
  });
  worker.on('error', fail);
  worker.once('exit', (code) => finished || fail(new Error(`[exports] the XLSX writer stopped before the file was complete (exit code ${code})`)));
  const onAbort = () => {
    fail(options.signal.reason);
    void worker.terminate();
  };
  options.signal.addEventListener('abort', onAbort, { once: true });

  let batch: { sheet: number; rows: string[] } | null = null;
  const flush = () => {
    if (!batch) return;
    send({ sheet: batch.sheet, rows: `[${batch.rows.join(',')}]` });
    inFlight += 1;
    batch = null;
  };
  const sink: XlsxSink = {
    room: async () => {
      throwIfFailed();
      flush();
      await nextTurn();
      while (inFlight >= MAX_IN_FLIGHT && !failure) await changed();
      throwIfFailed();
    },
    addRow: (sheet, cells) => {
      if (batch?.sheet !== sheet || batch.rows.length >= BATCH_ROWS) flush();
      batch ??= { sheet, rows: [] };
      batch.rows.push(JSON.stringify(cells));
    },
  };

  try {
    await feed(sink);
    throwIfFailed();
    flush();
    send({ end: true });
    while (!finished && !failure) await changed();
    throwIfFailed();
    // A cancel that arrives while the file is being finished still wins: the caller removes the file.
    options.signal.throwIfAborted();
  } catch (error) {
    await worker.terminate();
    throw error;
  } finally {
    options.signal.removeEventListener('abort', onAbort);
    await exited;
  }
}
