import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a mutation's refusals are written: the shared rules (desk and server alike) and the server's sync. */
export const REFUSAL_SOURCES = ['shared/domain', 'shared/sync', 'server/sync'];

/**
 * The refusal codes written literally in a source text: the first argument of refuse(…), refuseInvalid(…)
 * (a bad argument), refused(…) (the server's own checks) and the permission helpers denied(…) / extended(…).
 */
export function refusalCodesIn(source: string): string[] {
  return [...source.matchAll(/\b(?:refuse|refuseInvalid|refused|denied|extended)\(\s*'([a-z_]+)'/g)].map((m) => m[1]!);
}

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Every refusal code of the repository's refusal sources, sorted. */
export function refusalCodes(root: string): string[] {
  const codes = REFUSAL_SOURCES.flatMap((dir) => tsFiles(join(root, dir)).flatMap((file) => refusalCodesIn(readFileSync(file, 'utf8'))));
  return [...new Set(codes)].sort();
}

/** The codes in the first column of the doc's rejection table (rows of the form | `code` | …). */
export function documentedCodes(doc: string): string[] {
  const section = doc.slice(doc.indexOf('### Rejections'), doc.indexOf('## Pull'));
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]!).sort();
}
