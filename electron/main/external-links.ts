/**
 * The only sites the desk may open in the system browser (the regulator, NFRA, for its complaint-handling
 * rules). Anything else (other sites, file:, custom schemes, http:) is refused, so a page tricked into
 * window.open cannot launch programs or phish through the OS. Add an exact origin here when a link needs one.
 */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://www.nfra.gov.cn'];

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && EXTERNAL_ORIGINS.includes(parsed.origin);
  } catch {
    return false;
  }
}
