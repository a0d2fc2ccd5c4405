import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { Clock } from '../shared/domain/clock';
import type { DeskContext } from './context';
import { createDispatcher, type Dispatch } from './dispatcher';
import { EventBus } from './event-bus';
import type { SettingsStore } from './settings';

export interface DeskOptions {
  /** Where desk.sqlite lives. */
  dataDir: string;
  settings: SettingsStore;
  clock?: Clock;
  /** The bus to use, so a caller can listen from the start (the search index build reports progress while the database opens). */
  events?: EventBus;
}

export interface Desk {
  ctx: DeskContext;
  dispatch: Dispatch;
  events: EventBus;
  close(): void;
}

export const DATABASE_FILE = 'desk.sqlite';

/** The application, ready to take calls: what Electron main and the web host both start. */
export function openDesk(options: DeskOptions): Desk {
  const events = options.events ?? new EventBus();
  const db: Database = openDatabase(join(options.dataDir, DATABASE_FILE), {
    onMigrationProgress: ({ done, total }) => events.emit('search.indexProgress', { done, total }),
  });
  const ctx: DeskContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    newId: randomUUID,
    settings: options.settings,
    events,
  };
  return { ctx, dispatch: createDispatcher(ctx), events, close: () => db.close() };
}
