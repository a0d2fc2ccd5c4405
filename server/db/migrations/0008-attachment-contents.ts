import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 8,
  name: 'attachment contents: uploads by SHA-256, in chunks',
  up: sql(
    // One row per content (not per attachment): the same file attached twice is stored once.
    `CREATE TABLE attachment_contents (
         sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         size bigint NOT NULL CHECK (size >= 0),
         received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
         complete boolean NOT NULL DEFAULT false,
         started_at timestamptz NOT NULL,
         completed_at timestamptz
       )`,
    `CREATE TABLE attachment_chunks (
         sha256 text NOT NULL REFERENCES attachment_contents (sha256) ON DELETE CASCADE,
         byte_offset bigint NOT NULL,
         data bytea NOT NULL,
         PRIMARY KEY (sha256, byte_offset)
       )`,
    // Who may upload or download a content: whoever sees a complaint whose timeline added it.
    `CREATE INDEX sync_events_attachment_sha256 ON sync_events ((document->'data'->>'sha256')) WHERE document->>'kind' = 'attachment.added'`,
  ),
};

export default migration;
