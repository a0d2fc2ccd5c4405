/**
 * The renderer's policy, sent as a header by the web host and the Electron shell's app:// protocol (a <meta> cannot set frame-ancestors;
 * renderer/index.html repeats the rest). antd writes its styles at run time, hence 'unsafe-inline' for styles only; scripts come from
 * the bundle alone. Image previews are blob: URLs the page makes from bytes it already holds; PDFs are drawn onto canvases by
 * pdf.js, whose worker is a file of the bundle (worker-src 'self'), so no frame is ever needed: frame-src 'none'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "frame-src 'none'",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer of the web host (and, for the policy, of the Electron shell's app:// protocol). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // The first address carries the token in its query: it must never leave in a Referer.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
