import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = resolve(import.meta.dirname, '..');
const out = (dir: string): string => resolve(root, 'dist', 'electron', dir);

// CommonJS for both: a sandboxed preload cannot be an ES module, and "type": "module" would otherwise make main ESM.
const commonJs = { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' } as const;

/** Main and preload only: the renderer is built by its own vite config into dist/renderer. */
export default defineConfig({
  main: {
    root,
    build: {
      outDir: out('main'),
      // electron-store and conf are ES-only packages: bundled, so main stays one CommonJS file tree.
      externalizeDeps: { exclude: ['electron-store', 'conf'] },
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') }, output: commonJs },
    },
  },
  preload: {
    root,
    build: {
      outDir: out('preload'),
      // The sandbox gives a preload only `electron` and a few builtins: everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(root, 'electron/preload/index.ts') }, output: commonJs },
    },
  },
});
