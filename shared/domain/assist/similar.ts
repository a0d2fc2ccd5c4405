/**
 * Similar complaints: the same policy first, then by overlap of key terms (Jaccard over the keyword sets).
 * Pure: the caller hands in the candidates it may show (open and recent complaints in the actor's scope).
 */
export interface SimilarCandidate {
  id: string;
  policyNumber: string | null;
  keywords: readonly string[];
}

export interface SimilarComplaint {
  id: string;
  samePolicy: boolean;
  /** 0…1: the share of key terms the two have in common. */
  overlap: number;
}

export const MIN_KEYWORD_OVERLAP = 0.2;

export function rankSimilar(
  target: { id?: string | null; policyNumber: string | null; keywords: readonly string[] },
  candidates: readonly SimilarCandidate[],
  limit = 5,
): SimilarComplaint[] {
  const mine = new Set(target.keywords);
  const policy = target.policyNumber?.trim() || null;
  const ranked: SimilarComplaint[] = [];
  for (const candidate of candidates) {
    if (target.id && candidate.id === target.id) continue;
    const samePolicy = policy !== null && candidate.policyNumber?.trim() === policy;
    let common = 0;
    for (const k of new Set(candidate.keywords)) if (mine.has(k)) common++;
    const union = mine.size + new Set(candidate.keywords).size - common;
    const overlap = union === 0 ? 0 : common / union;
    if (samePolicy || overlap >= MIN_KEYWORD_OVERLAP) ranked.push({ id: candidate.id, samePolicy, overlap: Math.round(overlap * 100) / 100 });
  }
  return ranked.sort((a, b) => Number(b.samePolicy) - Number(a.samePolicy) || b.overlap - a.overlap).slice(0, limit);
}
