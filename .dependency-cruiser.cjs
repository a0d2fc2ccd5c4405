/**
 * The dependency rule of docs/architecture (the folder table): each folder may import only the
 * folders listed for it. Paths may sit under tests/fixtures/layering/ so a test can prove the rule bites.
 */
const root = '^(?:tests/fixtures/layering/)?';
const ours = ['assist', 'shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets', 'db', 'core', 'electron/main', 'electron/preload', 'electron/common', 'renderer', 'web', 'server'];

/**
 * The only packages shared/ may import: pure libraries that run alike in Node, Electron, the browser
 * and the server (VS Code guards its layers the same way). Anything with native code, a server, a
 * UI or a database (better-sqlite3, fastify, electron, react, pg …) belongs in db/, core/, the shell or renderer/.
 */
const SHARED_PACKAGES = ['zod', 'libphonenumber-js', 'pinyin-pro'];

/** db/ is the desk's SQLite store: of the database and server packages only its driver, besides the pure ones. */
const DB_PACKAGES = [...SHARED_PACKAGES, 'better-sqlite3'];

/** Packages that belong to one place only; the rules below keep them there. */
const DATABASE_PACKAGES = ['better-sqlite3', 'pg', '@electric-sql/pglite'];
const SERVER_PACKAGES = ['fastify', '@fastify/[^/]+'];
const SHELL_PACKAGES = ['electron', 'electron-store'];
/** React, the antd kit and the libraries that need a page (DOM) to run: renderer/ only. */
const UI_PACKAGES = [
  'react', 'react-dom', 'antd', '@ant-design/[^/]+', 'react-router', 'react-i18next', 'react-hook-form', '@hookform/[^/]+',
  '@tanstack/react-query', 'zustand', 'echarts', 'pdfjs-dist',
];

const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];
/** A resolved path inside one of these packages (or its @types), or the bare name when it does not resolve. */
const inPackages = (names) => `(^|node_modules/(@types/)?)(${names.join('|')})(/|$)`;

/** core/ files that call use cases: the dispatcher's handlers, the desk's composition, and the drivers that act on their own (CTI events, the reminder clock). */
const USE_CASE_CALLERS = ['use-cases/', 'cti/', 'reminders/', 'handlers\\.ts$', 'dispatcher\\.ts$', 'desk\\.ts$', 'desk-services\\.ts$'];

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
  /** Agent assist on the desk and the server: jieba and the watch-list automaton around the pure rules of shared/domain/assist. */
  assist: ['shared/domain'],
  core: ['shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets', 'db', 'assist'],
  'electron/main': ['core', 'shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'electron/common'],
  'electron/preload': ['shared/api', 'electron/common'],
  'electron/common': ['shared/api'],
  renderer: ['shared/domain', 'shared/api', 'shared/org'],
  web: ['core', 'shared/domain', 'shared/api', 'shared/org'],
  /** The central server is its own program: it shares only the contract and the pure rules. */
  server: ['shared/domain', 'shared/api', 'shared/sync', 'shared/org', 'sheets', 'assist'],
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
      comment: 'server/ is deployed on its own: of the repository’s own files it may import only shared/, sheets/ and assist/',
      severity: 'error',
      from: { path: `${root}server/` },
      to: { dependencyTypes: ['local'], pathNot: `${root}(shared|sheets|server|assist)/` },
    },
    {
      name: 'no-node-in-shared-or-renderer',
      comment: 'shared/ and renderer/ run in the browser too: no Node built-ins',
      severity: 'error',
      from: { path: `${root}(shared|renderer|electron/preload)/`, pathNot: 'renderer/vite(\\.config|-pdfjs-assets)\\.ts$' },
      to: { dependencyTypes: ['core'], pathNot: '^electron$' },
    },
    {
      name: 'core-has-no-shell-or-ui-packages',
      comment: 'core/ is the application behind both shells: no Electron, React, antd or other page-only package',
      severity: 'error',
      from: { path: `${root}core/` },
      to: { path: inPackages([...SHELL_PACKAGES, ...UI_PACKAGES]) },
    },
    {
      name: 'renderer-has-no-database-server-or-shell-packages',
      comment: 'renderer/ runs in the page: no database driver, server framework or Electron (it talks to the desk through renderer/api)',
      severity: 'error',
      from: { path: `${root}renderer/`, pathNot: 'renderer/vite(\\.config|-pdfjs-assets)\\.ts$' },
      to: { path: inPackages([...DATABASE_PACKAGES, ...SERVER_PACKAGES, ...SHELL_PACKAGES]) },
    },
    {
      name: 'db-imports-only-sqlite-and-pure-packages',
      comment: `db/ is the desk's SQLite store: of npm packages it may import only ${DB_PACKAGES.join(', ')}`,
      severity: 'error',
      from: { path: `${root}db/` },
      to: { dependencyTypes: NPM, pathNot: `node_modules/(@types/)?(${DB_PACKAGES.join('|')})/` },
    },
    {
      name: 'server-has-no-desk-packages',
      comment: 'server/ is deployed on its own: no Electron, desk SQLite driver, React or antd',
      severity: 'error',
      from: { path: `${root}server/` },
      to: { path: inPackages(['better-sqlite3', ...SHELL_PACKAGES, ...UI_PACKAGES]) },
    },
    {
      name: 'core-services-never-call-use-cases',
      comment:
        'inside core/ the dependency goes one way: use cases call services (services/, sync/, exports/, server-link/ …), never the reverse; only the callers listed in USE_CASE_CALLERS import use-cases/',
      severity: 'error',
      from: { path: `${root}core/`, pathNot: USE_CASE_CALLERS.map((p) => `${root}core/${p}`) },
      to: { path: `${root}core/use-cases/` },
    },
    {
      name: 'core-use-cases-never-import-their-callers',
      comment: 'a use case is called by the handlers and drivers; importing them back would close a loop',
      severity: 'error',
      from: { path: `${root}core/use-cases/` },
      to: { path: USE_CASE_CALLERS.filter((p) => p !== 'use-cases/').map((p) => `${root}core/${p}`) },
    },
    {
      name: 'shared-imports-only-pure-packages',
      comment: `shared/ runs on the desk, in the browser and on the server: of npm packages it may import only ${SHARED_PACKAGES.join(', ')}`,
      severity: 'error',
      from: { path: `${root}shared/` },
      to: { dependencyTypes: NPM, pathNot: `node_modules/(${SHARED_PACKAGES.join('|')})/` },
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
