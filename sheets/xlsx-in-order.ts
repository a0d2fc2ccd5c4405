import type { CellValue } from '../shared/domain/reports/safe-cell';
import type { SheetTarget, WriteOptions } from './sheet-writers';
import { addRows, newWorkbookWriter, orderSheets } from './xlsx-workbook.mjs';

/** Where `fill` puts its rows: a sheet's rows must come together, and each call's rows are written before it resolves. */
export interface SheetFeed {
  addRows: (sheet: number, rows: Iterable<CellValue[]>) => Promise<void>;
}

/**
 * XLSX through exceljs's streaming writer, on this thread, fed as the rows are read: each call's rows go
 * to the zip (and on to `target`) before the next is asked for, so a reader that reads a page, writes it
 * and lets it go holds one page at a time. Sheets are listed in `sheetNames`' order whatever order they are
 * fed in (a 汇总 computed from every row is fed last and is still the first tab); a sheet never fed is
 * in the file, empty. The server's all-branches export writes through this.
 */
export async function writeXlsxInOrder(
  target: SheetTarget,
  sheetNames: readonly string[],
  options: WriteOptions,
  fill: (feed: SheetFeed) => Promise<void>,
): Promise<void> {
  const writer = newWorkbookWriter(target);
  const { workbook } = writer;
  const started = new Set<number>();
  let current: { index: number; sheet: ReturnType<typeof workbook.addWorksheet> } | null = null;
  let written = 0;

  const worksheet = (index: number) => {
    if (current?.index === index) return current.sheet;
    const name = sheetNames[index];
    if (name === undefined || started.has(index)) throw new Error(`sheet ${index} is unknown or already finished`);
    // The zip takes the parts in order: the next sheet's rows flow only once this one is finished.
    current?.sheet.commit();
    started.add(index);
    current = { index, sheet: workbook.addWorksheet(name) };
    return current.sheet;
  };

  await fill({
    addRows: async (sheet, rows) => {
      options.signal.throwIfAborted();
      const before = written;
      written += await addRows(writer, worksheet(sheet), rows, {
        signal: options.signal,
        afterYield: (inCall) => {
          options.onRows(before + inCall);
          options.signal.throwIfAborted();
        },
      });
    },
  });
  sheetNames.forEach((_, index) => started.has(index) || worksheet(index));
  (current as { sheet: { commit: () => void } } | null)?.sheet.commit();
  orderSheets(workbook, sheetNames);
  await workbook.commit();
  options.signal.throwIfAborted();
  options.onRows(written);
}
