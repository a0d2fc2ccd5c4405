import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PDFJS_ASSETS } from './pdfjs-assets-paths';


/**
 * Copies pdf.js's CMaps and standard font data into the build: a Chinese PDF whose fonts are not
 * embedded (STSong-Light and the other Adobe-GB1 fonts are often referenced by name only) needs the
 * CMap to turn its codes into characters, or its text is not drawn.
 */
export function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'complaint-desk-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const [from, to] of [
        ['cmaps', PDFJS_ASSETS.cMaps],
        ['standard_fonts', PDFJS_ASSETS.standardFonts],
      ] as const) {
        for (const file of readdirSync(join(root, from))) {
          if (file === 'LICENSE') continue;
          this.emitFile({ type: 'asset', fileName: `${to}${file}`, source: readFileSync(join(root, from, file)) });
        }
      }
    },
  };
}
