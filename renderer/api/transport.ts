import type { ApiResult } from '../../shared/api/errors';
import type { DeskEventListener } from '../../shared/api/events';

/** How the renderer reaches the desk: Electron IPC through the preload, or HTTP to the web host. */
export interface Transport {
  invoke(call: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: DeskEventListener): () => void;
  /** Hands a finished export to the person: a save dialog in Electron, a download in browser mode. */
  saveExport(jobId: string): Promise<ApiResult<unknown>>;
}
