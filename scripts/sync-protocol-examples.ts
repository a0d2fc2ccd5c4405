/**
 * Rewrites the generated blocks of docs/sync-protocol.md (the example JSON of every mutation and of the
 * sign-in, push and pull calls) from the mutation registry and a story every step of which the registry
 * applies. `npx tsx scripts/sync-protocol-examples.ts` writes; `--check` only says whether the doc is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regenerate } from './sync-protocol/render';

const doc = fileURLToPath(new URL('../docs/sync-protocol.md', import.meta.url));
const before = readFileSync(doc, 'utf8');
const after = regenerate(before);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('docs/sync-protocol.md is out of date: run npx tsx scripts/sync-protocol-examples.ts');
    process.exit(1);
  }
} else if (after !== before) {
  writeFileSync(doc, after);
  console.log('docs/sync-protocol.md: generated blocks rewritten');
}
