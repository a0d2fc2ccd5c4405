// The little of PouchDB the sync-drain benchmark uses (pouchdb ships no types; @types/pouchdb is not worth a dependency).
declare module 'pouchdb' {
  interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
  }
  interface Replication extends Promise<ReplicationResult> {
    cancel(): void;
  }
  interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
  }
  class PouchDB {
    static defaults(options: { prefix?: string }): typeof PouchDB;
    constructor(name: string, options?: { adapter?: string });
    bulkDocs(docs: object[]): Promise<Array<{ ok?: boolean; error?: string }>>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    destroy(): Promise<void>;
    close(): Promise<void>;
    replicate: {
      to(target: PouchDB | string, options?: ReplicateOptions): Replication;
      from(source: PouchDB | string, options?: ReplicateOptions): Replication;
    };
  }
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  import type PouchDB from 'pouchdb';
  export default function expressPouchdb(
    pouch: typeof PouchDB,
    options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; configPath?: string; logPath?: string },
  ): { listen(port: number, host: string, ready: () => void): Server };
}
