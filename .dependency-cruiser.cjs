/**
 * The dependency rule of docs/architecture (the folder table): each folder may import only the
 * folders listed for it. Paths may sit under tests/fixtures/layering/ so a test can prove the rule bites.
 */
const root = '^(?:tests/fixtures/layering/)?';
const ours = ['shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets', 'db', 'core', 'electron/main', 'electron/preload', 'electron/common', 'renderer', 'web', 'server'];

/**
 * The only packages shared/ may import: pure libraries that run alike in Node, Electron, the browser
 * and the server (VS Code guards its layers the same way). Anything with native code, a server, a
 * UI or a database (better-sqlite3, fastify, electron, react, pg …) belongs in db/, core/, the shell or renderer/.
 */
const SHARED_PACKAGES = ['zod', 'libphonenumber-js', 'pinyin-pro'];

/** folder → the folders of ours it may import (besides itself). */
const allowed = {
  'shared/domain': [],
  /** The desk's contract types its server calls with the server's schemas. */
  'shared/api': ['shared/domain', 'shared/org', 'shared/sync'],
  'shared/sync': ['shared/domain'],
  /** The server ↔ desk contract: schemas only, built on the domain. */
  'shared/org': ['shared/domain'],
  /** The XLSX and CSV writers (exceljs, Node streams): the desk's exports and the server's all-branches export write the same files. */
  sheets: ['shared/domain'],
  db: ['shared/domain', 'shared/api', 'shared/sync', 'shared/org'],
  core: ['shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets', 'db'],
  'electron/main': ['core', 'shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'electron/common'],
  'electron/preload': ['shared/api', 'electron/common'],
  'electron/common': ['shared/api'],
  renderer: ['shared/domain', 'shared/api', 'shared/org'],
  web: ['core', 'shared/domain', 'shared/api', 'shared/org'],
  /** The central server is its own program: it shares only the contract and the pure rules. */
  server: ['shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets'],
};

const layerRules = Object.entries(allowed).map(([from, may]) => ({
  name: `layering:${from}`,
  comment: `${from}/ may import only: ${may.length ? may.join(', ') : 'nothing of ours'}`,
  severity: 'error',
  from: { path: `${root}${from}/` },
  to: {
    path: `${root}(${ours.join('|')})/`,
    pathNot: [`${root}${from}/`, ...may.map((m) => `${root}${m}/`), 'node_modules'],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'server-imports-only-shared',
      comment: 'server/ is deployed on its own: of the repository’s own files it may import only shared/ and sheets/',
      severity: 'error',
      from: { path: `${root}server/` },
      to: { dependencyTypes: ['local'], pathNot: `${root}(shared|sheets|server)/` },
    },
    {
      name: 'no-node-in-shared-or-renderer',
      comment: 'shared/ and renderer/ run in the browser too: no Node built-ins',
      severity: 'error',
      from: { path: `${root}(shared|renderer|electron/preload)/`, pathNot: 'renderer/vite(\\.config|-pdfjs-assets)\\.ts$' },
      to: { dependencyTypes: ['core'], pathNot: '^electron$' },
    },
    {
      name: 'shared-imports-only-pure-packages',
      comment: `shared/ runs on the desk, in the browser and on the server: of npm packages it may import only ${SHARED_PACKAGES.join(', ')}`,
      severity: 'error',
      from: { path: `${root}shared/` },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'],
        pathNot: `node_modules/(${SHARED_PACKAGES.join('|')})/`,
      },
    },
    {
      name: 'complaints-change-only-in-record-change',
      comment: 'the complaint transaction (row + timeline + outbox) is opened by core/record-change.ts alone',
      severity: 'error',
      from: { path: `${root}(shared|db|core|electron|renderer|web|server)/`, pathNot: `${root}core/record-change\\.ts$` },
      to: { path: `${root}db/complaint-transaction\\.ts$` },
    },
    {
      name: 'features-are-independent',
      comment: 'renderer/features/<a> must not import renderer/features/<b>; compose them in renderer/app',
      severity: 'error',
      from: { path: `${root}renderer/features/([^/]+)/` },
      to: { path: `${root}renderer/features/`, pathNot: `${root}renderer/features/$1/` },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
