import type { Database } from 'better-sqlite3';
import type { Clock } from '../shared/domain/clock';
import type { EventBus } from './event-bus';
import type { IdleLock } from './idle-lock';
import type { SettingsStore } from './settings';

/** What every use case gets: the database, the time, id generation, settings and the event bus. */
export interface DeskContext {
  db: Database;
  clock: Clock;
  newId: () => string;
  settings: SettingsStore;
  events: EventBus;
  /** Locks the desk after the idle timeout; absent in tests and benchmarks that do not exercise it. */
  idleLock?: IdleLock;
}
