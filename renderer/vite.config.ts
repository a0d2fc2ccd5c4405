import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from './vite-content-security-policy';
import { pdfjsAssets } from './vite-pdfjs-assets';

const root = fileURLToPath(new URL('.', import.meta.url));

/** base './' so the same build loads from file:// in Electron and from the web host. */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), pdfjsAssets()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      output: {
        // Libraries change less often than our code and parse once: their own chunks, cached apart.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (/node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+)\//.test(id)) return 'antd';
          if (/node_modules\/libphonenumber-js\//.test(id)) return 'phone';
          return 'vendor';
        },
      },
    },
  },
});
