import type { ClassifierModel, TypeSuggestion } from '../shared/domain/assist/classifier-model';
import { MIN_SUGGESTION_CONFIDENCE, suggestTypes } from '../shared/domain/assist/classifier-model';
import { featuresOf } from '../shared/domain/assist/features';
import { rankSimilar, type SimilarCandidate, type SimilarComplaint } from '../shared/domain/assist/similar';
import type { EscalationRisk } from '../shared/domain/assist/watch-list';
import { keywordsOf, type KeywordChip } from './keywords';
import { tokenize } from './tokenizer';
import { matcherFor } from './watch-list-matcher';

export interface AssistAnalysis {
  risk: EscalationRisk;
  keywords: KeywordChip[];
  suggestions: TypeSuggestion[];
  similar: SimilarComplaint[];
}

export interface AssistInput {
  text: string;
  policyNumber?: string | null;
  /** The complaint being edited, left out of its own similar list. */
  complaintId?: string | null;
  watchList: readonly string[];
  model: ClassifierModel;
  /** The complaints the actor may see, with their key terms (see keywordsOf). */
  candidates?: readonly SimilarCandidate[];
}

/** Everything the intake shows beside a description: the escalation risk, key terms, type suggestions, similar complaints. */
export function analyseDescription(input: AssistInput): AssistAnalysis {
  const risk = matcherFor(input.watchList).risk(input.text);
  const keywords = keywordsOf(input.text);
  const suggestions = suggestTypes(input.model, featuresOf(tokenize(input.text)), 3).filter(
    (s) => s.confidence >= MIN_SUGGESTION_CONFIDENCE,
  );
  const similar = rankSimilar(
    { id: input.complaintId ?? null, policyNumber: input.policyNumber ?? null, keywords: keywords.map((k) => k.keyword) },
    input.candidates ?? [],
  );
  return { risk, keywords, suggestions, similar };
}
