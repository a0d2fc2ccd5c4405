import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeXlsxInWorker } from '../../../sheets/xlsx-worker-writer';

const root = resolve(import.meta.dirname, '../../..');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

/**
 * The Electron build ships the XLSX writer's worker: `npm run build:electron`'s own command, into a
 * directory under dist/ so that, as in the app, the bundles find exceljs in node_modules.
 */
describe('the Electron main bundle and its XLSX worker', () => {
  let outDir = '';
  let main = '';
  beforeAll(() => {
    mkdirSync(join(root, 'dist'), { recursive: true });
    outDir = mkdtempSync(join(root, 'dist', 'electron-build-test-'));
    execFileSync(process.execPath, [electronVite, 'build', '--config', 'electron/electron.vite.config.ts', '--ignoreConfigWarning', '--outDir', outDir, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'pipe',
    });
    main = readFileSync(join(outDir, 'main', 'index.cjs'), 'utf8');
  }, 120_000);
  afterAll(() => outDir && rmSync(outDir, { recursive: true, force: true }));

  /** The worker file the main bundle starts: electron-vite's `?modulePath`, a path beside the bundle. */
  const workerFile = () => {
    const found = /join\)?\(__dirname, "(\.\/chunks\/xlsx-worker-[0-9a-f]+\.cjs)"\)/.exec(main);
    expect(found, 'the main bundle resolves the worker beside itself').not.toBeNull();
    return join(outDir, 'main', found![1]!);
  };

  it('builds the worker as a bundle of its own, beside the main bundle, that loads nothing of the app or of Electron', () => {
    const file = workerFile();
    expect(existsSync(file)).toBe(true);
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/require\("\.\.?\//);
    expect(code).not.toMatch(/require\("electron"\)/);
    expect(code).toMatch(/require\("node:worker_threads"\)/);
    expect(dirname(file)).toBe(join(outDir, 'main', 'chunks'));
  });

  it('writes a workbook from the built worker, its sheets in the order named', async () => {
    const file = join(outDir, 'built.xlsx');
    await writeXlsxInWorker(file, ['汇总', '明细'], { signal: new AbortController().signal, onRows: () => {}, workerPath: workerFile() }, async (sink) => {
      sink.addRow(1, ['投诉编号', '受理时间']);
      for (let i = 0; i < 3000; i++) sink.addRow(1, [`TS-${i}`, i]);
      await sink.room();
      sink.addRow(0, ['投诉日报', null]);
    });
    const book = XLSX.read(readFileSync(file), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '明细']);
    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1 });
    expect(detail).toHaveLength(3001);
    expect(detail[3000]).toEqual(['TS-2999', 2999]);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['汇总']!, { header: 1 })).toEqual([['投诉日报']]);
  });
});
