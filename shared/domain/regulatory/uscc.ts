/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of the code set 0-9 and the capitals without I, O, Z, S, V;
 * the 1st is the registering authority, the 2nd the kind of organisation, the 3rd–8th the administrative
 * division (digits), the 9th–17th the organisation's code, the 18th a check character:
 * 31 − (Σ value × weight mod 31), the weights 3^(i) mod 31 for positions 1–17, 31 written as 0.
 */
const CODE_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters, or null when one is outside the code set. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CODE_SET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return CODE_SET[check === 31 ? 0 : check]!;
}

/** Whether `code` (letters in any case, spaces around ignored) is a well-formed 统一社会信用代码 whose check character agrees. */
export function isValidUscc(code: string): boolean {
  const c = code.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(c)) return false;
  return usccCheckCharacter(c.slice(0, 17)) === c[17];
}

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character, Σ digit × (2^(18−i) mod 11) mod 11 →
 * 1 0 X 9 8 7 6 5 4 3 2; the 7th–14th characters a real date of birth.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

export function isValidResidentId(id: string): boolean {
  const c = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(c)) return false;
  const birth = `${c.slice(6, 10)}-${c.slice(10, 12)}-${c.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || Number(c.slice(6, 10)) < 1900) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(c[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === c[17];
}
