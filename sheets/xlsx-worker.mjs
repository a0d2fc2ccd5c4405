// @ts-check
/**
 * The XLSX writer's worker thread: it takes batches of rows (arrays of cell values, already neutralised
 * by shared/domain/reports, as JSON text) and writes them through exceljs's streaming writer, so a large export's
 * zip and XML work runs beside the thread that reads and maps the rows. The messages are in
 * xlsx-worker-protocol.ts; sheets/xlsx-worker-writer.ts starts it and feeds it.
 *
 * Plain JavaScript on purpose: a Node 20 worker loads its entry without the parent's loaders, so
 * TypeScript would need tsx registered again in every worker (~250 ms, and its own loader); this file
 * runs as it is under tsx and vitest, and electron-vite bundles it on its own for Electron (the
 * `?modulePath` import in xlsx-worker-writer.ts).
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { addRows, newWorkbookWriter, orderSheets } from './xlsx-workbook.mjs';

/** @typedef {import('./xlsx-worker-protocol').XlsxWorkerData} XlsxWorkerData */
/** @typedef {import('./xlsx-worker-protocol').ToXlsxWorker} ToXlsxWorker */
/** @typedef {import('./xlsx-worker-protocol').FromXlsxWorker} FromXlsxWorker */

/**
 * This file's path, for `import path from './xlsx-worker.mjs?modulePath'` under tsx and vitest, which
 * load it (on the main thread, where it only answers this). In the Electron build electron-vite bundles
 * it on its own and answers that bundle's path instead (sheets/module-path.d.ts).
 */
export default fileURLToPath(import.meta.url);

/**
 * @param {import('node:worker_threads').MessagePort} port
 * @param {XlsxWorkerData['xlsxWriter']} job
 */
function serve(port, { path, sheetNames }) {
  const writer = newWorkbookWriter(path);
  const { workbook } = writer;
  /** @type {Set<number>} */
  const started = new Set();
  /** @type {{ index: number, sheet: import('exceljs').Worksheet } | null} */
  let current = null;

  /** @param {number} index */
  const worksheet = (index) => {
    if (current?.index === index) return current.sheet;
    const name = sheetNames[index];
    if (name === undefined || started.has(index)) throw new Error(`[xlsx-worker] sheet ${index} is unknown or already finished`);
    current?.sheet.commit();
    started.add(index);
    current = { index, sheet: workbook.addWorksheet(name) };
    return current.sheet;
  };

  /** @param {FromXlsxWorker} message */
  const answer = (message) => port.postMessage(message);

  /** @param {ToXlsxWorker} message */
  async function handle(message) {
    if ('rows' in message) {
      const rows = /** @type {import('./xlsx-workbook.mjs').CellValue[][]} */ (JSON.parse(message.rows));
      answer({ written: await addRows(writer, worksheet(message.sheet), rows) });
      return;
    }
    // A sheet that got no rows is still in the file, empty.
    sheetNames.forEach((_, index) => started.has(index) || worksheet(index));
    current?.sheet.commit();
    orderSheets(workbook, sheetNames);
    await workbook.commit();
    // commit() ends at the file stream's 'finish'; the main thread may read the file once it is closed.
    const file = /** @type {{ stream: import('node:fs').WriteStream }} */ (/** @type {unknown} */ (workbook)).stream;
    if (!file.closed) await once(file, 'close');
    answer({ done: true });
    port.close();
  }

  // One message at a time, in order; the first failure ends the worker with that error (the writer's
  // 'error' event), and nothing after it is written.
  let queue = Promise.resolve();
  let failed = false;
  port.on('message', (/** @type {ToXlsxWorker} */ message) => {
    queue = queue
      .then(() => (failed ? undefined : handle(message)))
      .catch((/** @type {unknown} */ error) => {
        failed = true;
        process.nextTick(() => {
          throw error;
        });
      });
  });
}

const job = /** @type {Partial<XlsxWorkerData> | undefined} */ (workerData)?.xlsxWriter;
if (parentPort && job) serve(parentPort, job);
