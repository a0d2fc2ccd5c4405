import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 11,
  name: 'attachment contents by proof of possession: uploads staged per uploader, verified contents and who uploaded them',
  up: sql(
    // One person's upload in progress: its size is that person's own claim, so a wrong one blocks nobody else.
    `CREATE TABLE attachment_uploads (
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         uploader_id uuid NOT NULL REFERENCES users (id),
         size bigint NOT NULL CHECK (size >= 0),
         received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
         started_at timestamptz NOT NULL,
         touched_at timestamptz NOT NULL,
         PRIMARY KEY (sha256, uploader_id)
       )`,
    `CREATE TABLE attachment_upload_chunks (
         sha256 text NOT NULL,
         uploader_id uuid NOT NULL,
         byte_offset bigint NOT NULL,
         data bytea NOT NULL,
         PRIMARY KEY (sha256, uploader_id, byte_offset),
         FOREIGN KEY (sha256, uploader_id) REFERENCES attachment_uploads (sha256, uploader_id) ON DELETE CASCADE
       )`,
    // Everyone whose own bytes hashed to the content: who has proved possession of it.
    `CREATE TABLE attachment_content_uploaders (
         sha256 text NOT NULL REFERENCES attachment_contents (sha256) ON DELETE CASCADE,
         uploader_id uuid NOT NULL REFERENCES users (id),
         uploaded_at timestamptz NOT NULL,
         PRIMARY KEY (sha256, uploader_id)
       )`,
    // Half-finished uploads of before were nobody's in particular: dropped, the desks still queue them and start again from 0.
    `DELETE FROM attachment_contents WHERE NOT complete`,
    // A content verified before counts as uploaded by everyone who had attached it by now: every attachment that
    // opened before still opens, and no one gains anything they could not already read.
    `INSERT INTO attachment_content_uploaders (sha256, uploader_id, uploaded_at)
       SELECT DISTINCT ac.sha256, u.id, COALESCE(ac.completed_at, now())
       FROM attachment_contents ac
       JOIN sync_events e ON e.document->>'kind' = 'attachment.added' AND e.document->'data'->>'sha256' = ac.sha256
       JOIN users u ON lower(u.employee_no) = lower(e.document->'actor'->>'id')`,
    `UPDATE attachment_contents SET completed_at = now() WHERE completed_at IS NULL`,
    // Only verified contents stay here; their size is the bytes', no longer any attachment's claim.
    `ALTER TABLE attachment_contents DROP COLUMN received, DROP COLUMN complete, DROP COLUMN started_at`,
    `ALTER TABLE attachment_contents ALTER COLUMN completed_at SET NOT NULL`,
  ),
};

export default migration;
