import type { Database } from 'better-sqlite3';

/**
 * What a repository function may do with the connection, as Signal Desktop brands its databases:
 * reading functions take a ReadableDB, desk-local writes (drafts, calls) a WritableDB, and the
 * writes that make up a complaint change (row, timeline, outbox) a ComplaintWriteDB, which only
 * core/record-change.ts's one transaction hands out. A use case holding the desk's connection can
 * read and keep its own notes, but cannot write a complaint around that transaction: tsc says so.
 */
export type ReadableDB = Database & { readonly __readable_db: never };
export type WritableDB = ReadableDB & { readonly __writable_db: never };
export type ComplaintWriteDB = WritableDB & { readonly __complaint_write_db: never };
