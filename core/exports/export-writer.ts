import type { ExportFailure } from './server-export-failure';

/** One export's file: its name, format, size to expect, and how to write it to a path (export-jobs.ts runs it). */
export interface ExportWriter {
  fileName: string;
  format: string;
  /** Rows (or bytes) to expect, for the progress bar; 0 when unknown until the end. */
  total: number;
  write: (path: string, options: { signal: AbortSignal; onProgress: (written: number) => void }) => Promise<void>;
  /** What the person is told when write fails; by default the generic "export failed". */
  failure?: (error: unknown) => ExportFailure;
}
