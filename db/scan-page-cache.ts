import type { ReadableDB } from './handles';

/** The page cache while a scan of every complaint runs (an export): ≈ 8 MB instead of the desk's 64 MB (db/open.ts). */
export const SCAN_CACHE_KIB = 8 * 1024;

const scans = new WeakMap<ReadableDB, { running: number; cacheSize: number }>();

/**
 * Runs a scan that reads most of the file (an export of 100k complaints reads ≈ 250 MB of pages) with a
 * small page cache, and gives the desk its cache size back when the last such scan ends. Such a scan
 * pushes every page the desk keeps hot out of a 64 MB cache anyway; with 8 MB it does so without
 * holding 56 MB more of decrypted pages while it runs (the export's peak memory, docs/export-performance.md).
 * Calls and other scans in the meantime share the small cache.
 */
export async function withScanPageCache<T>(db: ReadableDB, scan: () => Promise<T>): Promise<T> {
  let state = scans.get(db);
  if (!state) {
    state = { running: 0, cacheSize: db.pragma('cache_size', { simple: true }) as number };
    scans.set(db, state);
    db.pragma(`cache_size = -${SCAN_CACHE_KIB}`);
  }
  state.running++;
  try {
    return await scan();
  } finally {
    if (--state.running === 0) {
      scans.delete(db);
      if (db.open) db.pragma(`cache_size = ${state.cacheSize}`);
    }
  }
}
