import { expect } from 'vitest';

/** A policy as directive → sources, e.g. "img-src 'self' blob:" → ['img-src', ["'self'", 'blob:']]. */
export function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * What the renderer's policy must keep saying, wherever it is sent: scripts and pdf.js's worker from the
 * bundle only; blob: for images alone; no frame at all (PDFs are drawn onto canvases, not framed), so a
 * `frame-src blob:` or a `child-src` coming back fails here.
 */
export function expectDeskPolicy(policy: string | null): void {
  const directives = directivesOf(policy ?? '');
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('frame-src')).toEqual(["'none'"]);
  expect(directives.has('child-src')).toBe(false);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(directives.get('script-src') ?? ["'self'"]).toEqual(["'self'"]);
  const blobAllowed = [...directives].filter(([, sources]) => sources.some((source) => source.toLowerCase() === 'blob:')).map(([name]) => name);
  expect(blobAllowed).toEqual(['img-src']);
}
