import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { SheetSource } from '../shared/domain/reports/daily-log-sheets';
import type { CellValue } from '../shared/domain/reports/safe-cell';
import { addRows, newWorkbookWriter, YIELD_EVERY } from './xlsx-workbook.mjs';

export type { SheetSource };
/** Where a file goes: a path (the desk's temp file) or a stream (the server's HTTP answer). */
export type SheetTarget = string | Writable;

export interface WriteOptions {
  signal: AbortSignal;
  /** Called every so many rows with how many rows have been written. */
  onRows: (written: number) => void;
}

const REPORT_EVERY = 2000;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** XLSX through exceljs's streaming writer, on this thread: the server's export and the small sheets (see xlsx-worker-writer.ts for the daily log). */
export async function writeXlsx(target: SheetTarget, sheets: SheetSource[], options: WriteOptions): Promise<void> {
  const writer = newWorkbookWriter(target);
  const { workbook } = writer;
  let written = 0;
  for (const sheet of sheets) {
    const before = written;
    const worksheet = workbook.addWorksheet(sheet.name);
    written += await addRows(writer, worksheet, sheet.rows, {
      signal: options.signal,
      afterYield: (inSheet) => {
        if ((before + inSheet) % REPORT_EVERY < YIELD_EVERY) options.onRows(before + inSheet);
        options.signal.throwIfAborted();
      },
    });
    // The zip takes the parts in order: the next sheet's rows flow only once this one is finished.
    worksheet.commit();
  }
  await workbook.commit();
  // A cancel that arrives while the file is being finished still wins: the caller removes the file.
  options.signal.throwIfAborted();
  options.onRows(written);
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (value: CellValue) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV in UTF-8 with a BOM and CRLF lines, so Excel and WPS read Chinese correctly; one sheet only. */
export async function writeCsv(target: SheetTarget, sheet: SheetSource, options: WriteOptions): Promise<void> {
  const out = typeof target === 'string' ? createWriteStream(target, { mode: 0o600 }) : target;
  const finished = once(out, 'finish');
  out.write('\uFEFF');
  let written = 0;
  try {
    for (const row of sheet.rows) {
      if (!out.write(`${row.map(csvField).join(',')}\r\n`)) await once(out, 'drain');
      if (++written % REPORT_EVERY === 0) {
        options.onRows(written);
        await nextTick();
        options.signal.throwIfAborted();
      }
    }
  } finally {
    out.end();
    await finished;
  }
  options.signal.throwIfAborted();
  options.onRows(written);
}

/**
 * CSV as `writeCsv` writes it (BOM, CRLF, RFC 4180 quoting), fed as the rows are read: each call's rows are
 * written, waiting for the stream to drain, before the next is asked for (the server's all-branches export).
 */
export async function writeCsvFed(target: SheetTarget, options: WriteOptions, fill: (addRows: (rows: Iterable<CellValue[]>) => Promise<void>) => Promise<void>): Promise<void> {
  const out = typeof target === 'string' ? createWriteStream(target, { mode: 0o600 }) : target;
  const finished = once(out, 'finish');
  out.write('\uFEFF');
  let written = 0;
  try {
    await fill(async (rows) => {
      options.signal.throwIfAborted();
      for (const row of rows) {
        if (!out.write(`${row.map(csvField).join(',')}\r\n`)) await once(out, 'drain', { signal: options.signal });
        if (++written % REPORT_EVERY === 0) options.onRows(written);
      }
    });
  } finally {
    out.end();
    await finished;
  }
  options.signal.throwIfAborted();
  options.onRows(written);
}
