import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexRepo, markdownFiles, staleReferences, type RepoIndex } from './doc-references';

const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
let index: RepoIndex;
beforeAll(() => {
  index = indexRepo(root);
});

describe('what the Markdown of the repository names exists', () => {
  it('reads the READMEs and docs/', () => {
    const files = markdownFiles(root).map((f) => relative(root, f));
    expect(files).toEqual(expect.arrayContaining(['README.md', 'server/README.md', 'shared/api/README.md', 'docs/sync-protocol.md']));
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
  });

  it('finds no stale path, file, link or code name in any of them', () => {
    const stale = markdownFiles(root).flatMap((file) => staleReferences(readFileSync(file, 'utf8'), file, index).map((s) => `${relative(root, file)}: ${s}`));
    expect(stale).toEqual([]);
  });
});

describe('the reference checker itself', () => {
  const at = (file: string, markdown: string) => staleReferences(markdown, join(root, file), index);

  it('passes what exists, and what is no reference of ours', () => {
    const fine = [
      '`complaintNumber` in `shared/domain/commands/create-complaint.ts`, `PushRequestSchema`, `PUSH_BATCH_MAX`, `complaintNumber(id, callTime)`',
      '`shared/sync/`, `server/sync/push.ts`, `tests/unit/**`, `feed.ts`, `<data>/server`, `server/README.md#sync-offline-desks`',
      'fields `clientId`, `baseVersions`; a member `sessions.bindClient`; mutation `complaint.create`; `/api/v1/sync/push`, `application/json`',
      'env `DATABASE_URL`, a setting `allowJs`, the platform\'s `EventSource`; [the protocol](docs/sync-protocol.md#push-post-apiv1syncpush), [site](https://example.com)',
      '```ts\nconst x = mutationOfFenced();\n```',
    ].join('\n');
    expect(at('README.md', fine)).toEqual([]);
    expect(at('shared/api/README.md', '`contract.ts`, `mutators.ts`, [wire](../../docs/sync-protocol.md)')).toEqual([]);
  });

  it('fails on a planted stale name, path, file or link', () => {
    // Put together here, so that this file (a source file the checker reads too) does not hold the names it plants.
    const gone = (name: string) => name.replaceAll('~', '');
    const planted = [
      gone('`mutation~OfNeverWritten`'),
      gone('`PushRequest~SchemaOfOld`'),
      gone('`renamed~AwayFunction()`'),
      '`server/sync/no-such-file.ts`',
      '`shared/no-such-folder/`',
      '`no-such-module.ts`',
      '[gone](docs/no-such-page.md)',
      gone('`pokes.never~AMethodName()`'),
    ].join(', ');
    expect(at('README.md', planted)).toEqual([
      gone('`mutation~OfNeverWritten`: mutation~OfNeverWritten occurs in no source file'),
      gone('`PushRequest~SchemaOfOld`: PushRequest~SchemaOfOld occurs in no source file'),
      gone('`renamed~AwayFunction()`: renamed~AwayFunction occurs in no source file'),
      '`server/sync/no-such-file.ts`: no such path server/sync/no-such-file.ts',
      '`shared/no-such-folder/`: no such path shared/no-such-folder',
      '`no-such-module.ts`: no file named no-such-module.ts',
      gone('`pokes.never~AMethodName()`: never~AMethodName occurs in no source file'),
      'link docs/no-such-page.md: no such file',
    ]);
  });

  it('asks a type or a call to be declared, not only mentioned', () => {
    // `DeskBridge` is declared; `LightMyRequestResponse` is only imported (a library's), so naming it as ours is caught.
    expect(at('README.md', '`DeskBridge`')).toEqual([]);
    expect(at('README.md', '`LightMyRequestResponse`')).toEqual(['`LightMyRequestResponse`: LightMyRequestResponse is declared nowhere']);
  });

  it('reads paths relative to the file that names them', () => {
    expect(at('core/README.md', '`sync/no-such-step.ts`')).toEqual(['`sync/no-such-step.ts`: no such path core/sync/no-such-step.ts']);
  });
});
