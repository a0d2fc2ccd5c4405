import type { Database } from 'better-sqlite3';
import { rebuildSearchIndex } from '../repositories/search-index';
import type { MigrationProgress } from './index';

/** Indexes the complaints already on the desk, oldest first, reporting progress as it goes. */
export default function migrateTo0009(db: Database, progress: MigrationProgress): void {
  rebuildSearchIndex(db, progress);
}
