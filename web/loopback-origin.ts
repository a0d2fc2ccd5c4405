/** The names the host answers to: a page served under any other name is a DNS-rebinding attempt. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

export function allowedHosts(port: number): Set<string> {
  return new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
}

/** The Host header names this very host (DNS rebinding sends the attacker's name with our address). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** A browser sends Origin on cross-origin and state-changing requests: when present it must be our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}
