import type { Database } from 'better-sqlite3';
import { clientId } from '../../db/repositories/outbox';

/**
 * The desk's client id (made once by the outbox migration, 32 random hex digits) in the UUID form the
 * server expects: the same desk always presents the same id. Two nibbles become the v4 version and
 * variant marks, leaving 122 random bits.
 */
export function deskClientUuid(db: Database): string {
  const hex = clientId(db).toLowerCase().replace(/[^0-9a-f]/g, '').padEnd(32, '0').slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`;
}
