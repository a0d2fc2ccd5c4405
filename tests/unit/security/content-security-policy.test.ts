import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../../core/security/security-headers';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../shared/api/content-security-policy';
import rendererBuild from '../../../renderer/vite.config';
import { CONTENT_SECURITY_POLICY_PLUGIN } from '../../../renderer/vite-content-security-policy';
import { directivesOf, expectDeskPolicy } from '../../support/content-security-policy';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The <meta> policies renderer/index.html has once the renderer's own build config has transformed it. */
function builtMetaPolicies(): string[] {
  const source = readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8');
  // Any policy <meta> written by hand into the source, whatever its attributes' order.
  const written = [...source.matchAll(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/gi)].map((match) => /content="([^"]*)"/i.exec(match[0])?.[1] ?? '');
  const plugins = (rendererBuild as { plugins: unknown[] }).plugins.flat(2).filter((plugin): plugin is Plugin => typeof plugin === 'object' && plugin !== null && 'name' in plugin);
  const plugin = plugins.find((candidate) => candidate.name === CONTENT_SECURITY_POLICY_PLUGIN);
  if (!plugin) throw new Error('renderer/vite.config.ts does not write the Content-Security-Policy meta');
  const transform = plugin.transformIndexHtml as (html: string) => HtmlTagDescriptor[];
  const injected = transform(source)
    .filter((tag) => tag.tag === 'meta' && tag.attrs?.['http-equiv'] === 'Content-Security-Policy')
    .map((tag) => String(tag.attrs!.content));
  return [...written, ...injected];
}

describe('the renderer\'s content-security policy', () => {
  it('allows no frame (PDFs are drawn by pdf.js onto canvases), blob: for images only, and pdf.js\'s worker from the bundle', () => {
    expectDeskPolicy(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(directivesOf(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is written into the built index.html once, saying all the header says that a <meta> can (frame-ancestors aside)', () => {
    const metas = builtMetaPolicies();
    expect(metas).toEqual([META_CONTENT_SECURITY_POLICY]);
    expectDeskPolicy(metas[0]!);
    const header = directivesOf(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directivesOf(metas[0]!)).toEqual(header);
  });

  it('is checked by a rule that would catch frame-src blob: coming back', () => {
    expect(() => expectDeskPolicy(CONTENT_SECURITY_POLICY.replace("frame-src 'none'", 'frame-src blob:'))).toThrow();
    expect(() => expectDeskPolicy(`${CONTENT_SECURITY_POLICY}; child-src blob:`)).toThrow();
    expect(() => expectDeskPolicy(CONTENT_SECURITY_POLICY.replace("worker-src 'self'", "worker-src 'self' blob:"))).toThrow();
  });
});
