// @ts-check
// Plain JavaScript (checked by tsc through JSDoc): the XLSX worker thread imports it, and a worker loads
// its files without tsx or vitest's transform (see xlsx-worker.mjs).
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

/** @typedef {import('exceljs').stream.xlsx.WorkbookWriter} WorkbookWriter */
/** @typedef {import('exceljs').Worksheet} Worksheet */
/** @typedef {string | number | null} CellValue */

const requireExceljs = createRequire(import.meta.url);
/**
 * Only the streaming writer: the whole package loads its reader, the in-memory Workbook and CSV too,
 * ~280 ms against ~100 ms, which a worker pays again at every export.
 * @type {typeof import('exceljs').stream.xlsx.WorkbookWriter}
 */
const WorkbookWriter = requireExceljs('exceljs/lib/stream/xlsx/workbook-writer.js');
/** The buffer exceljs writes each part of the file into (64 KB chunks to the zip). */
const StreamBuf = /** @type {new (options: { bufSize: number, batch: boolean }) => import('node:stream').Duplex} */ (
  requireExceljs('exceljs/lib/utils/stream-buf.js')
);

/** Rows between two turns of the event loop, at which addRows also waits for the zip to catch up. */
export const YIELD_EVERY = 250;
/** A part's bytes waiting for the zip before addRows waits: a few ms of deflate. */
const ZIP_BACKLOG = 2 * 1024 * 1024;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * @typedef {object} XlsxWriter
 * @property {WorkbookWriter} workbook
 * @property {(signal?: AbortSignal) => Promise<void>} zipCaughtUp resolves once no part the zip is reading
 *   has more than ZIP_BACKLOG bytes waiting for it (at once, mostly); commit each sheet before the next
 */

/**
 * exceljs's streaming writer as every XLSX of ours is written: no shared strings and no styles
 * (TOOLCHAIN.md: 100k rows in seconds, not minutes), deflate level 1 (docs/export-performance.md).
 *
 * exceljs hands each part of the file (a sheet's XML …) to the zip through a buffer that takes
 * whatever it is given: when deflate, on libuv's threads, falls behind a busy machine, the XML piles up
 * in memory (tens of MB at 100k rows). Here that buffer is piped into a PassThrough the zip reads from,
 * whose backlog `zipCaughtUp` waits on. `_openStream` is where exceljs 4.4.0 (pinned) opens every part.
 * @param {string | import('node:stream').Writable} target a file path, or a stream (the server's HTTP answer)
 * @returns {XlsxWriter}
 */
export function newWorkbookWriter(target) {
  const workbook = new WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useSharedStrings: false,
    useStyles: false,
    zip: { zlib: { level: 1 } },
  });
  const internals = /** @type {{ zip: { append: (source: PassThrough, data: { name: string }) => void }, _openStream: (path: string) => unknown }} */ (
    /** @type {unknown} */ (workbook)
  );
  /** The parts the zip is reading (it takes them one after the other, each once the one before has ended). */
  /** @type {Set<PassThrough>} */
  const reading = new Set();
  internals._openStream = (path) => {
    const part = new StreamBuf({ bufSize: 65536, batch: true });
    const toZip = new PassThrough({ highWaterMark: ZIP_BACKLOG });
    part.pipe(toZip);
    internals.zip.append(toZip, { name: path });
    toZip.once('resume', () => reading.add(toZip));
    toZip.once('end', () => reading.delete(toZip));
    part.on('finish', () => part.emit('zipped'));
    return part;
  };
  // Only a part the zip is reading is waited for: one it has not reached (a sheet written while an
  // earlier one is still open) would never drain.
  const zipCaughtUp = async (/** @type {AbortSignal | undefined} */ signal) => {
    for (const part of reading) if (part.writableNeedDrain) await once(part, 'drain', { signal });
  };
  return { workbook, zipCaughtUp };
}

/**
 * Adds and commits the rows one by one; every YIELD_EVERY rows it gives the event loop a turn, waits
 * for the zip to catch up, then calls `afterYield` with how many rows of these have been written (it
 * may throw, e.g. on a cancel, to stop).
 * @param {XlsxWriter} writer
 * @param {Worksheet} worksheet
 * @param {Iterable<CellValue[]>} rows
 * @param {{ signal?: AbortSignal, afterYield?: (written: number) => void }} [options]
 * @returns {Promise<number>} how many rows were written
 */
export async function addRows(writer, worksheet, rows, options = {}) {
  let written = 0;
  for (const row of rows) {
    worksheet.addRow(row).commit();
    if (++written % YIELD_EVERY === 0) {
      await nextTurn();
      await writer.zipCaughtUp(options.signal);
      options.afterYield?.(written);
    }
  }
  return written;
}

/**
 * Lists the sheets in the workbook (its tabs, and the order readers see) in the order of `names`, whatever
 * order they were written in. exceljs lists them in the order of its private `_worksheets` (indexed by
 * id, so the order they were added) and has no option for it; exceljs 4.4.0 is pinned and
 * tests/integration/team/exports-worker.test.ts reads the order back. Call it before `commit()`.
 * @param {WorkbookWriter} workbook
 * @param {readonly string[]} names
 */
export function orderSheets(workbook, names) {
  const sheets = /** @type {{ _worksheets: { name: string }[] }} */ (/** @type {unknown} */ (workbook))._worksheets;
  // Array sort keeps the ids (sheet1.xml …) and moves the empty slot 0 to the end, which exceljs skips.
  sheets.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
}
