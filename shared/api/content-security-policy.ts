/**
 * The renderer's content-security policy, defined once: the web host and the Electron shell's app:// protocol send it as a
 * header (core/security/security-headers.ts), and the renderer's build writes it into index.html's <meta>
 * (renderer/vite-content-security-policy.ts) for a host that forgets the header.
 *
 * antd writes its styles at run time, hence 'unsafe-inline' for styles only; scripts come from the bundle alone. Image
 * previews are blob: URLs the page makes from bytes it already holds; PDFs are drawn onto canvases by pdf.js, whose worker
 * is a file of the bundle (worker-src 'self'), so no frame is ever needed: frame-src 'none'.
 */
const DIRECTIVES = [
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
] as const;

/** What a browser ignores in a <meta> policy (CSP3 §3.3), so only the header carries it. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as the response header sends it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for index.html's <meta http-equiv="Content-Security-Policy">: all of it a <meta> can carry. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !HEADER_ONLY.includes(directive.split(' ')[0]!)).join('; ');
