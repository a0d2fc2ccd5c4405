import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addRows, newWorkbookWriter, type CellValue } from '../../../sheets/xlsx-workbook.mjs';
import { seededRandom } from '../../support/search-corpus';
import { makeTempDir } from '../../support/temp-dir';

const { dir, cleanup } = makeTempDir();
afterAll(cleanup);

function sheetXml(file: string): string {
  return execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
}

/** Rows of every kind a sheet holds: Chinese and Latin text, XML's special and forbidden characters, numbers, gaps. */
function randomRows(count: number): CellValue[][] {
  const rng = seededRandom(3);
  const pieces = ['投诉', '理赔', 'a', '<', '>', '&', '"', "'", '\u0001', '\u0008', '\t', '\n', '\r', '\u007f', '=1+1', ' ', '𠮷', '0086'];
  const cell = (): CellValue => {
    const roll = rng();
    if (roll < 0.15) return null;
    if (roll < 0.35) return Math.round((rng() - 0.5) * 1e6) / 100;
    let text = '';
    for (let n = Math.floor(rng() * 6); n >= 0; n--) text += pieces[Math.floor(rng() * pieces.length)];
    return text;
  };
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(rng() * 30) }, cell));
}

describe('rows written as XML text read back as exceljs writes them', () => {
  it('gives the same sheet XML, byte for byte, as exceljs addRow().commit() for arbitrary rows', async () => {
    const rows = [...randomRows(700), [], [null, null], [null, 'after a gap']];
    const ours = join(dir, 'ours.xlsx');
    const theirs = join(dir, 'theirs.xlsx');

    const writer = newWorkbookWriter(ours);
    const sheet = writer.workbook.addWorksheet('明细');
    // Two calls, as the worker writes batch after batch: numbering goes on.
    await addRows(writer, sheet, rows.slice(0, 333));
    await addRows(writer, sheet, rows.slice(333));
    sheet.commit();
    await writer.workbook.commit();

    const reference = newWorkbookWriter(theirs);
    const referenceSheet = reference.workbook.addWorksheet('明细');
    for (const row of rows) referenceSheet.addRow(row).commit();
    referenceSheet.commit();
    await reference.workbook.commit();

    expect(sheetXml(ours)).toBe(sheetXml(theirs));
    expect(sheetXml(ours)).toContain('<row r="703" spans="1:2" x14ac:dyDescent="0.25"><c r="B703" t="str"><v>after a gap</v></c></row>');
  });
});
