/** What a call link needs to know about the call. */
export interface LinkableCall {
  complaintId: string | null;
}

/**
 * A call is linked to a complaint only by creating the complaint from it or by the agent's explicit
 * action, and a call is about one complaint: linking it again to the same one is harmless, to
 * another one is refused (the calls list would otherwise silently change what the call was about).
 */
export function callLinkProblem(call: LinkableCall, complaintId: string): 'alreadyLinked' | null {
  return call.complaintId !== null && call.complaintId !== complaintId ? 'alreadyLinked' : null;
}
