import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/api/content-security-policy';

export const CONTENT_SECURITY_POLICY_PLUGIN = 'complaint-desk-content-security-policy';

/**
 * Writes the renderer's policy into index.html as a <meta>, from the constant the hosts send as a header, so the page
 * and its header cannot drift apart. First in <head>, before any script or style it governs.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: CONTENT_SECURITY_POLICY_PLUGIN,
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
