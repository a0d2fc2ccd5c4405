const SEPARATORS = /[\s\-().]/g;

/**
 * A cheap plausibility check for what an agent types as a contact number:
 * optional +86/0086 prefix, then 5–12 digits (service numbers, landlines with area code, mobiles).
 */
export function isPlausiblePhone(raw: string): boolean {
  const compact = raw.replace(SEPARATORS, '').replace(/^(\+86|0086)/, '');
  return /^\d{5,12}$/.test(compact);
}
