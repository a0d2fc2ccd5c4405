import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseKey } from '../../db/database-key';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../db/file-modes';

/** The attachments' own key is derived from the database key, so one secret unlocks the desk and a leaked file key reveals no database page. */
const KEY_INFO = 'complaint-desk/attachments/aes-256-gcm/v1';
const MAGIC = Buffer.from('CDA1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const ATTACHMENTS_DIR = 'attachments';

/** Encrypted, content-addressed file storage: put returns the SHA-256 the content is stored under. */
export interface AttachmentVault {
  put(content: Buffer): string;
  get(sha256: string): Buffer;
  /** Whether this desk holds the content (an attachment synced from another desk may not be downloaded yet). */
  has(sha256: string): boolean;
  /** Deletes the stored file (retention); no error if it is already gone. */
  remove(sha256: string): void;
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Files in <dataDir>/attachments/<2 hex>/<sha256>, each AES-256-GCM with a fresh IV and the hash as
 * additional data (a file moved under another hash fails to open): magic | iv | tag | ciphertext.
 * No plaintext is ever written, not even to a temporary file.
 */
export function attachmentVault(dataDir: string, databaseKey: DatabaseKey): AttachmentVault {
  const key = Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), KEY_INFO, 32));
  const root = join(dataDir, ATTACHMENTS_DIR);
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('[attachments] not a SHA-256 hash');
    return { dir: join(root, sha256.slice(0, 2)), file: join(root, sha256.slice(0, 2), sha256) };
  };
  return {
    put(content) {
      const sha256 = sha256Of(content);
      const { dir, file } = pathOf(sha256);
      if (existsSync(file)) return sha256;
      ensurePrivateDir(root);
      ensurePrivateDir(dir);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(sha256));
      const sealed = Buffer.concat([cipher.update(content), cipher.final()]);
      const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temp, Buffer.concat([MAGIC, iv, cipher.getAuthTag(), sealed]), { mode: PRIVATE_FILE_MODE, flush: true });
      renameSync(temp, file);
      return sha256;
    },
    get(sha256) {
      const stored = readFileSync(pathOf(sha256).file);
      if (!stored.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('[attachments] not an attachment file');
      const iv = stored.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
      const tag = stored.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(sha256));
      decipher.setAuthTag(tag);
      const content = Buffer.concat([decipher.update(stored.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]);
      if (sha256Of(content) !== sha256) throw new Error('[attachments] content does not match its hash');
      return content;
    },
    has(sha256) {
      return existsSync(pathOf(sha256).file);
    },
    remove(sha256) {
      rmSync(pathOf(sha256).file, { force: true });
    },
  };
}
