/** Why an address the person typed cannot be the company server's. */
export type AddressProblem = 'invalid' | 'insecure';

export type ParsedAddress = { ok: true; url: string } | { ok: false; problem: AddressProblem };

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The server's base address as the desk stores it: a scheme (https:// when none was typed), no
 * trailing slash, no /api/v1. Plain http:// only to this machine, where nothing crosses a network.
 */
export function parseServerAddress(typed: string): ParsedAddress {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, problem: 'insecure' };
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return { ok: true, url: `${url.origin}${path}` };
}
