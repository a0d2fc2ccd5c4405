import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetSource } from '../shared/domain/reports/daily-log-sheets';
import type { CellValue } from '../shared/domain/reports/safe-cell';

export type { SheetSource };
/** Where a file goes: a path (the desk's temp file) or a stream (the server's HTTP answer). */
export type SheetTarget = string | Writable;

export interface WriteOptions {
  signal: AbortSignal;
  /** Called every so many rows with how many rows have been written. */
  onRows: (written: number) => void;
}

const REPORT_EVERY = 2000;
/** exceljs writes rows without waiting for the zip to take them: yielding this often lets it drain, so memory stays flat. */
const YIELD_EVERY = 250;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** XLSX through exceljs's streaming writer, without shared strings (TOOLCHAIN.md: 100k rows in seconds, not minutes). */
export async function writeXlsx(target: SheetTarget, sheets: SheetSource[], options: WriteOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...(typeof target === 'string' ? { filename: target } : { stream: target }), useSharedStrings: false, useStyles: false, zip: { zlib: { level: 1 } } });
  let written = 0;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) {
      worksheet.addRow(row).commit();
      if (++written % YIELD_EVERY === 0) {
        if (written % REPORT_EVERY === 0) options.onRows(written);
        await nextTick();
        options.signal.throwIfAborted();
      }
    }
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
