/**
 * Who may read an attachment content on the server: naming its hash proves nothing, having had its
 * bytes does. A content is reached through an `attachment.added` event on a complaint the caller may
 * see; it opens only when the person who added that attachment uploaded the same bytes themselves, or
 * the caller did. Metadata alone — anyone may attach any hash and size to their own complaint — grants nothing.
 */

/** An `attachment.added` event naming the content, on a complaint the caller may see: the size it claims and who added it. */
export interface ContentReference {
  size: number;
  adderNo: string;
}

/** Someone whose own upload of the content was verified by SHA-256 and size. */
export interface Possessor {
  userId: string;
  employeeNo: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The size the caller's upload is checked against: what the caller's own attachment says (earliest
 * first), else the earliest the caller may see; null when the caller sees no attachment naming the content.
 * Only the caller's own upload is held to it, so a wrong size on someone else's attachment blocks no one.
 */
export function claimedSize(callerNo: string, references: readonly ContentReference[]): number | null {
  const own = references.find((r) => same(r.adderNo, callerNo));
  return (own ?? references[0])?.size ?? null;
}

/** Whether the caller may download the content: they uploaded it, or someone who added it to a complaint the caller sees did. */
export function mayDownload(caller: { userId: string }, references: readonly ContentReference[], possessors: readonly Possessor[]): boolean {
  if (references.length === 0) return false;
  if (possessors.some((p) => p.userId === caller.userId)) return true;
  return references.some((r) => possessors.some((p) => same(p.employeeNo, r.adderNo)));
}
