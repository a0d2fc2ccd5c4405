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

/** exceljs's own XML text escaping (and removal of characters XML cannot hold), so a cell reads back as exceljs wrote it. */
const { xmlEncode } = /** @type {{ xmlEncode: (text: string) => string }} */ (requireExceljs('exceljs/lib/utils/utils.js'));

/** A column's letters (1 → A, 27 → AA), kept once computed. */
/** @type {string[]} */
const columnLetters = [];
/** @param {number} column 1-based */
function letters(column) {
  let known = columnLetters[column];
  if (known === undefined) {
    known = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) known = String.fromCharCode(65 + ((n - 1) % 26)) + known;
    columnLetters[column] = known;
  }
  return known;
}

/**
 * One row of a sheet as exceljs's streaming writer renders it without shared strings or styles (the
 * same XML, byte for byte): strings as `t="str"` cells, numbers as plain values, empty (null) cells
 * left out but counted in `spans`; a row with no value is not written.
 * Built as one string rather than through exceljs's row and cell models: that model was most of the
 * XLSX worker's CPU time at 100k rows (docs/export-performance.md).
 * @param {number} number 1-based row number
 * @param {readonly CellValue[]} cells
 * @returns {string}
 */
export function rowXml(number, cells) {
  let xml = '';
  // exceljs's spans run over every cell given, empty (null) ones too; a row is written when one has a value.
  let min = 0;
  let max = 0;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (value === undefined) continue;
    if (min === 0) min = i + 1;
    max = i + 1;
    if (value === null) continue;
    const ref = letters(i + 1) + number;
    xml += typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="str"><v>${xmlEncode(value)}</v></c>`;
  }
  return xml === '' ? '' : `<row r="${number}" spans="${min}:${max}" x14ac:dyDescent="0.25">${xml}</row>`;
}

/** The next row number of each sheet written through addRows. */
/** @type {WeakMap<Worksheet, number>} */
const nextRowNumber = new WeakMap();

/**
 * Writes rows' XML straight into the sheet's part, opening its data first as exceljs does.
 * @param {Worksheet} worksheet
 * @param {string} xml
 */
function writeSheetXml(worksheet, xml) {
  const sheet = /** @type {{ startedData: boolean, _writeColumns: () => void, _writeOpenSheetData: () => void, stream: import('node:stream').Writable }} */ (
    /** @type {unknown} */ (worksheet)
  );
  if (!sheet.startedData) {
    sheet._writeColumns();
    sheet._writeOpenSheetData();
    sheet.startedData = true;
  }
  if (xml !== '') sheet.stream.write(xml);
}

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
 * Writes the rows (rowXml), YIELD_EVERY at a time into the sheet's part; after each it gives the event loop a turn, waits
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
  let number = nextRowNumber.get(worksheet) ?? 1;
  let xml = '';
  for (const row of rows) {
    xml += rowXml(number++, row);
    if (++written % YIELD_EVERY === 0) {
      writeSheetXml(worksheet, xml);
      xml = '';
      nextRowNumber.set(worksheet, number);
      await nextTurn();
      await writer.zipCaughtUp(options.signal);
      options.afterYield?.(written);
    }
  }
  writeSheetXml(worksheet, xml);
  nextRowNumber.set(worksheet, number);
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
