import type { WritableDB } from '../handles';
import { rebuildSearchIndex } from '../repositories/search-index';

/** Indexes the complaints already on the desk, oldest first, reporting progress as it goes. */
export default function migrateTo0009(db: WritableDB, progress: (done: number, total: number) => void): void {
  rebuildSearchIndex(db, progress);
}
