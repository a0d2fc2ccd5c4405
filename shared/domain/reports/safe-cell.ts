/**
 * OWASP CSV injection: a cell starting with = + - @, tab, CR or NUL can run as a formula in Excel or
 * WPS. Such text is prefixed with an apostrophe, so it shows as typed and never evaluates.
 * Numbers stay numbers (a negative number is a value, not text).
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

export type CellValue = string | number | null;

export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? neutraliseCell(value) : value;
}
