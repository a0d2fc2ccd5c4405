/** Enough of a token to tell two apart in a log, never enough to use: "abcd…" plus its length. */
export function maskToken(token: string): string {
  return `${token.slice(0, 4)}…(${token.length} chars)`;
}

/** A URL with every token in it (query ?token=, or the CTI path /cti/<token>) masked. */
export function maskTokensInUrl(url: string, tokens: readonly string[]): string {
  return tokens.reduce((text, token) => (token ? text.replaceAll(token, maskToken(token)) : text), url);
}
