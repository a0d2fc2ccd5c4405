/**
 * `import path from './file.mjs?modulePath'`: the file's absolute path. electron-vite builds the module as
 * a bundle of its own beside the importing one and answers its path; under Node (tsx, vitest) the module
 * itself is loaded and must `export default` its own path (see xlsx-worker.mjs).
 */
declare module '*?modulePath' {
  const path: string;
  export default path;
}
