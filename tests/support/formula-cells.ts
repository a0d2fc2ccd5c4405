import fc from 'fast-check';
import { expect } from 'vitest';
import type * as XLSX from 'xlsx';
import { isFormulaLike } from '../../shared/domain/reports/safe-cell';

/** Texts a spreadsheet might take for a formula (OWASP's leading characters), among arbitrary ones. */
export const formulaishText = fc.oneof(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\0').chain((c) => fc.string().map((s) => c + s)));

/** Tables of such texts, as rows of cells. */
export const formulaishTable = fc.array(fc.array(formulaishText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

/** No cell of a sheet read back with SheetJS is a formula, nor text that would be taken for one. */
export function expectNoFormulaCells(sheet: XLSX.WorkSheet): void {
  for (const [ref, cell] of Object.entries(sheet)) {
    if (ref.startsWith('!')) continue;
    const c = cell as XLSX.CellObject;
    expect(c.f).toBeUndefined();
    if (typeof c.v === 'string') expect(isFormulaLike(c.v)).toBe(false);
  }
}
