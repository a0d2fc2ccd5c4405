import type { ReadableDB } from '../../db/handles';
import { createHash } from 'node:crypto';
import { clientId } from '../../db/repositories/outbox';

/**
 * The id this desk presents to the server for one person, as a UUID. The server binds a client id to
 * one user and device on first sign-in, while a desk is shared by the agents of successive shifts:
 * so the id is derived from the desk's own client id (made once by the outbox migration) and the
 * 工号 — the same desk and person always present the same id, two people never share one.
 */
export function deskClientUuid(db: ReadableDB, employeeNo: string): string {
  const hex = createHash('sha256').update(`${clientId(db)}:${employeeNo.trim().toUpperCase()}`).digest('hex').slice(0, 32);
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const v4 = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `${v4.slice(0, 8)}-${v4.slice(8, 12)}-${v4.slice(12, 16)}-${v4.slice(16, 20)}-${v4.slice(20)}`;
}
