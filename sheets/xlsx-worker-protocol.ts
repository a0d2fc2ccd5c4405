/** What the XLSX worker is started with (its workerData). */
export interface XlsxWorkerData {
  xlsxWriter: {
    path: string;
    /** The sheets in the workbook's order; they may be written in another (see orderSheets). */
    sheetNames: string[];
  };
}

/**
 * To the worker: a batch of rows for one sheet (an index into sheetNames), as the JSON text of an
 * array of rows (`CellValue[][]`), or the end of the file. A sheet's rows come together: once rows of
 * another sheet arrive, the sheet is finished.
 */
export type ToXlsxWorker = { sheet: number; rows: string } | { end: true };

/** From the worker: a batch written (its row count), then the file finished and closed. */
export type FromXlsxWorker = { written: number } | { done: true };
