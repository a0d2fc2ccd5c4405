/** A policy number: 6–30 letters, digits or hyphens once the spaces agents type for readability are gone. */
export const POLICY_NUMBER_PATTERN = /^[A-Za-z0-9-]{6,30}$/;

/** "P2024 1234 5678" and "P202412345678" are one policy: spaces (also full-width ones) carry no meaning. */
export function normalizePolicyNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}
