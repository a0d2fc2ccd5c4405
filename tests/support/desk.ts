import { randomUUID } from 'node:crypto';
import type { DatabaseKey } from '../../db/database-key';
import { openDatabase } from '../../db/open';
import type { DeskContext } from '../../core/context';
import { attachmentVault } from '../../core/attachments/attachment-vault';
import { createDispatcher } from '../../core/dispatcher';
import { EventBus } from '../../core/event-bus';
import { memorySettings } from '../../core/settings';
import type { Agent } from '../../shared/api/session';
import { makeTempDir } from './temp-dir';
import { join } from 'node:path';

export const AGENT: Agent = { id: 'A1001', name: '王芳', role: 'agent' };

/**
 * A desk on a real SQLite file in a temp dir, with a clock tests can move. With `dir`, the desk opens the
 * database already there (a restart after a kill) and leaves removing the directory to whoever made it.
 */
export function makeTestDesk(options: { agent?: Agent | null; now?: Date; key?: DatabaseKey; dir?: string } = {}) {
  const { dir, cleanup } = options.dir ? { dir: options.dir, cleanup: () => {} } : makeTempDir();
  const db = openDatabase(join(dir, 'desk.sqlite'), { key: options.key });
  let now = options.now ?? new Date('2026-11-25T02:00:00.000Z');
  const agent = options.agent === undefined ? AGENT : options.agent;
  const ctx: DeskContext = {
    db,
    clock: () => now,
    newId: randomUUID,
    settings: memorySettings(agent ? { 'signedInAgent': agent } : {}),
    events: new EventBus(),
    attachments: options.key ? attachmentVault(dir, options.key) : undefined,
  };
  return {
    dir,
    db,
    ctx,
    dispatch: createDispatcher(ctx),
    setNow: (date: Date) => void (now = date),
    close: () => {
      if (db.open) db.close();
      cleanup();
    },
    /** The process dies: the handle goes without finishing anything; the file and directory stay. */
    kill: () => {
      if (db.open) db.close();
    },
  };
}

export { validIntake } from './valid-intake';
