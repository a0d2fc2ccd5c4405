import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';

/**
 * Sent with every answer of the web host (and, for the policy, of the Electron shell's app:// protocol). The policy is the
 * renderer's, shared with the <meta> its build writes into index.html; only the header can carry frame-ancestors.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // The first address carries the token in its query: it must never leave in a Referer.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
