import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseKey } from '../db/database-key';
import { tightenDataDir } from '../db/file-modes';
import { openDatabase } from '../db/open';
import type { Clock } from '../shared/domain/clock';
import { attachmentVault } from './attachments/attachment-vault';
import type { DeskContext } from './context';
import { createDispatcher, type Dispatch } from './dispatcher';
import { EventBus } from './event-bus';
import type { SettingsStore } from './settings';
import { startSearchIndexer } from './search-indexer';
import { purgeExpiredComplaints } from './use-cases/retention/purge-expired';
import { syncStoredDueDates } from './use-cases/workflow/deadline-settings';

export interface DeskOptions {
  /** Where desk.sqlite lives. */
  dataDir: string;
  settings: SettingsStore;
  clock?: Clock;
  /** The bus to use, so a caller can listen from the start (the search index build reports progress while the database opens). */
  events?: EventBus;
  /**
   * The database key (see core/security/database-key-store). The Electron shell, the web host and tests
   * pass one; without it the database stays plaintext (tools only).
   */
  key?: DatabaseKey;
}

export interface Desk {
  ctx: DeskContext;
  dispatch: Dispatch;
  events: EventBus;
  /** Closes the database: stop the desk's services (core/desk-services.ts) first. */
  close(): void;
}

export const DATABASE_FILE = 'desk.sqlite';
export type { DatabaseKey };

/**
 * The application, ready to take calls: what Electron main and the web host both open. What runs on its own
 * while it is open (sync, CTI, reminders, the idle lock) is startDeskServices (core/desk-services.ts).
 */
export function openDesk(options: DeskOptions): Desk {
  tightenDataDir(options.dataDir);
  const events = options.events ?? new EventBus();
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), {
    key: options.key,
    onMigrationProgress: ({ done, total }) => events.emit('search.indexProgress', { done, total }),
  });
  const ctx: DeskContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    newId: randomUUID,
    settings: options.settings,
    events,
    attachments: options.key ? attachmentVault(options.dataDir, options.key) : undefined,
  };
  purgeExpiredComplaints(ctx);
  syncStoredDueDates(ctx);
  const indexer = startSearchIndexer(db, events);
  ctx.searchIndexer = indexer;
  return {
    ctx,
    dispatch: createDispatcher(ctx),
    events,
    close: () => {
      indexer.stop();
      db.close();
    },
  };
}
