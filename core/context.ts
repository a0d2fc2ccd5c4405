import type { WritableDB } from '../db/handles';
import type { DeskClockWatch } from './sync/desk-clock-watch';
import type { SyncStatus } from '../shared/api/sync';
import type { Clock } from '../shared/domain/clock';
import type { AttachmentVault } from './attachments/attachment-vault';
import type { EventBus } from './event-bus';
import type { IdleLock } from './idle-lock';
import type { SettingsStore } from './settings';
import type { ContentTransport } from './attachments/content-transport';

/**
 * What every use case gets: the desk's connection (reads and desk-local writes; a complaint changes
 * only through core/record-change.ts), the time, id generation, settings and the event bus.
 */
export interface DeskContext {
  db: WritableDB;
  clock: Clock;
  newId: () => string;
  settings: SettingsStore;
  events: EventBus;
  /** Encrypted attachment files; absent on a desk opened without a database key (tools), which then refuses attachments. */
  attachments?: AttachmentVault;
  /** Locks the desk after the idle timeout, set by startDeskServices (core/desk-services.ts); absent in tests and benchmarks that do not exercise it. */
  idleLock?: IdleLock;
  /** Background sync with the company server, once started (core/sync/start-sync.ts). */
  sync?: { status(): SyncStatus; now(): Promise<SyncStatus>; clock: DeskClockWatch };
  /** Drains the search index queue on the desk's own schedule (core/search-indexer.ts); absent where nothing started it (search still finds queued complaints). */
  searchIndexer?: { wake(): void };
  /** How attachment contents reach the server; default: the server link over HTTP (tests set an in-process one). */
  contentTransport?: ContentTransport;
}
