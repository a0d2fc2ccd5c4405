import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../core/security/security-headers';
import { directivesOf, expectDeskPolicy } from '../../support/content-security-policy';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The policy renderer/index.html carries in its <meta> (the dev server and any host that forgets the header). */
function metaPolicy(): string {
  const html = readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match) throw new Error('renderer/index.html has no Content-Security-Policy meta');
  return match[1]!;
}

describe('the renderer\'s content-security policy', () => {
  it('allows no frame (PDFs are drawn by pdf.js onto canvases), blob: for images only, and pdf.js\'s worker from the bundle', () => {
    expectDeskPolicy(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(directivesOf(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('says the same in renderer/index.html, which a <meta> can (frame-ancestors aside)', () => {
    expectDeskPolicy(metaPolicy());
    const header = directivesOf(CONTENT_SECURITY_POLICY);
    for (const [name, sources] of directivesOf(metaPolicy())) expect(sources, name).toEqual(header.get(name));
  });

  it('is checked by a rule that would catch frame-src blob: coming back', () => {
    expect(() => expectDeskPolicy(CONTENT_SECURITY_POLICY.replace("frame-src 'none'", 'frame-src blob:'))).toThrow();
    expect(() => expectDeskPolicy(`${CONTENT_SECURITY_POLICY}; child-src blob:`)).toThrow();
    expect(() => expectDeskPolicy(CONTENT_SECURITY_POLICY.replace("worker-src 'self'", "worker-src 'self' blob:"))).toThrow();
  });
});
