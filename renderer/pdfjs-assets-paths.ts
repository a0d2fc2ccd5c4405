/** Where the build puts pdf.js's character maps and standard fonts (renderer/vite-pdfjs-assets.ts), relative to index.html. */
export const PDFJS_ASSETS = { cMaps: 'pdfjs/cmaps/', standardFonts: 'pdfjs/standard_fonts/' } as const;
