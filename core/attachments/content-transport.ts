import type { ContentChunk, UploadChunk, UploadStatus } from '../../shared/sync/attachment-content';

/**
 * How attachment contents travel between this desk and the server. A refusal is a ServerRefusal with
 * the server's status (404: not the caller's to see, 409: wrong offset or not uploaded yet, 400: the
 * content was discarded); no answer at all is a ServerUnreachable.
 */
export interface ContentTransport {
  uploadStatus(sha256: string): Promise<UploadStatus>;
  uploadChunk(sha256: string, chunk: UploadChunk): Promise<UploadStatus>;
  downloadChunk(sha256: string, offset: number): Promise<ContentChunk>;
}
