import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * What the Markdown of the repository names must exist: every backticked repository path (`server/sync/push.ts`,
 * `shared/sync/`, a bare file name such as `feed.ts`), every relative link, and every backticked code name
 * (`complaintNumber`, `PushRequestSchema`, `PUSH_BATCH_MAX`, `placeWaiting()`).
 *
 * A code name is a backticked identifier with a capital inside it (camelCase, PascalCase) or an UPPER_SNAKE
 * constant, optionally written as a call. It must occur in the code (comments stripped) of some source file;
 * a PascalCase name or one written as a call must be declared there too (exported, or a function, const,
 * class, interface, type or method of that name). Field names such as `clientId` occur in the schemas, and
 * environment variables in the code that reads them, so they pass; a function that was renamed away does not.
 * A configuration file counts for a setting it names (`allowJs`); EXTERNAL_NAMES are the platform's and libraries'.
 */

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report', 'fixtures', 'coverage']);
const SOURCE = /\.(ts|tsx|mts|cts|mjs|cjs|js|sql)$/;
/** Configuration a doc may name a setting of (`allowJs`, an environment variable a script sets). */
const CONFIG = /(^|\/)(tsconfig[\w.]*\.json|package\.json|[\w.-]+\.(sh|ya?ml))$/;

/** Names of the platform and of libraries the docs discuss: not ours, so not in our code. */
export const EXTERNAL_NAMES = new Set(['EventSource', 'ELECTRON_RUN_AS_NODE', 'XmlStream', 'writeRow']);
const TOP_DIRS = ['shared', 'server', 'core', 'db', 'renderer', 'electron', 'web', 'tests', 'scripts', 'docs', 'sheets', 'bench'];

export interface RepoIndex {
  root: string;
  /** Base names of every file (for a bare `feed.ts`). */
  baseNames: Set<string>;
  /** Every identifier the code uses, comments stripped. */
  identifiers: Set<string>;
  /** Every identifier the code declares (export, function, const, class, interface, type, enum, method). */
  declared: Set<string>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Block and line comments out (a `//` inside a string such as a URL cuts that line short: harmless here). */
export const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const DECLARATION =
  /\b(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)|^\s*(?:(?:export|public|private|protected|static|async|readonly|get|set)\s+)*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\(/gm;

export function indexRepo(root: string): RepoIndex {
  const files = walk(root);
  const baseNames = new Set(files.map((f) => f.slice(f.lastIndexOf('/') + 1)));
  const identifiers = new Set<string>();
  const declared = new Set<string>();
  for (const file of files.filter((f) => CONFIG.test(f))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) identifiers.add(m[0]);
  }
  for (const file of files.filter((f) => SOURCE.test(f))) {
    const code = stripComments(readFileSync(file, 'utf8'));
    for (const m of code.matchAll(/[A-Za-z_$][\w$]*/g)) identifiers.add(m[0]);
    for (const m of code.matchAll(DECLARATION)) declared.add((m[1] ?? m[2])!);
    for (const m of code.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) for (const n of m[1]!.matchAll(/(?:as\s+)?([A-Za-z_$][\w$]*)/g)) declared.add(n[1]!);
  }
  return { root, baseNames, identifiers, declared };
}

/** The Markdown files the checker reads: every .md of the repository outside dependencies and build output. */
export const markdownFiles = (root: string) => walk(root).filter((f) => f.endsWith('.md'));

/** Inline code spans and relative link targets of a Markdown text, outside fenced blocks. */
export function referencesIn(markdown: string): { code: string[]; links: string[] } {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  const code = [...prose.matchAll(/(`+)([^`\n]+?)\1/g)].map((m) => m[2]!.trim());
  const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^(?:[a-z]+:|#|\/)/i.test(l));
  return { code, links };
}

const CODE_NAME = /^([A-Za-z_$][\w$]*)(\(.*\))?$/;
const looksLikeCodeName = (name: string) => /^[a-z][a-z0-9]*[A-Z]/.test(name) || /^[A-Z][a-z0-9]+[A-Z]/.test(name) || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(name);
/** A type, a schema or a function written as a call is something the code declares; an UPPER_SNAKE name may be an environment variable. */
const mustBeDeclared = (name: string, called: boolean) => called || /^[A-Z](?![A-Z0-9_]*$)/.test(name);

/** Why a backticked token names nothing, or null when it is fine (or not a reference at all). */
export function problemOf(token: string, fromDir: string, index: RepoIndex): string | null {
  const path = token.replace(/[#:].*$/, '').replace(/\/$/, '');
  if (/^[\w.@<>-]+(\/[\w.@*<>-]+)+$/.test(path) || /^[\w.@-]+\/$/.test(token)) {
    const literal = path.split('*')[0]!.replace(/\/$/, '');
    if (/[<>]/.test(literal)) return null;
    const first = literal.split('/')[0]!;
    if (TOP_DIRS.includes(first)) return existsSync(join(index.root, literal)) ? null : `no such path ${literal}`;
    if (existsSync(join(fromDir, first))) return existsSync(join(fromDir, literal)) ? null : `no such path ${relative(index.root, join(fromDir, literal))}`;
    return null; // a URL path, a media type, "A/B": not a file of ours
  }
  if (/^[\w.-]+\.(ts|tsx|mjs|cjs|sql)$/.test(token)) return index.baseNames.has(token) ? null : `no file named ${token}`;
  // A member (`sessions.bindClient`, `ctx.pokes.endAll()`): its last name must occur in the code.
  const member = /^(?:[A-Za-z_$][\w$]*\.)+([A-Za-z_$][\w$]*)(\(.*\))?$/.exec(token);
  if (member && looksLikeCodeName(member[1]!) && !EXTERNAL_NAMES.has(member[1]!)) {
    return index.identifiers.has(member[1]!) ? null : `${member[1]} occurs in no source file`;
  }
  const name = CODE_NAME.exec(token);
  if (!name || !looksLikeCodeName(name[1]!)) return null;
  const id = name[1]!;
  if (EXTERNAL_NAMES.has(id)) return null;
  if (!index.identifiers.has(id)) return `${id} occurs in no source file`;
  if (mustBeDeclared(id, name[2] !== undefined) && !index.declared.has(id)) return `${id} is declared nowhere`;
  return null;
}

/** Every stale reference of one Markdown text (its file at `file`, for relative paths and links). */
export function staleReferences(markdown: string, file: string, index: RepoIndex): string[] {
  const dir = dirname(file);
  const { code, links } = referencesIn(markdown);
  const fromCode = code.flatMap((token) => {
    const problem = problemOf(token, dir, index);
    return problem ? [`\`${token}\`: ${problem}`] : [];
  });
  const fromLinks = links.flatMap((link) => {
    const target = decodeURIComponent(link.replace(/#.*$/, ''));
    return target && !existsSync(join(dir, target)) ? [`link ${link}: no such file`] : [];
  });
  return [...fromCode, ...fromLinks];
}
