import { analyseDescription } from '../assist/analyse';
import { classify, startingModel } from '../assist/classifier';
import { keywordsOf } from '../assist/keywords';
import { tokenize } from '../assist/tokenizer';
import { readLabelledTexts } from '../assist/training-examples';
import { DEFAULT_WATCH_LIST } from '../shared/domain/assist/watch-list';
import type { SimilarCandidate } from '../shared/domain/assist/similar';
import { blockNetwork } from '../tests/support/network-guard';
import { benchLine, percentile, round, rssMb, timeMs } from './stats';

const SAMPLES = 200;
const WARM_UP = 20;
const DESCRIPTION_CHARS = 2_000;
const CANDIDATES = 500;

/** The held-back set: written by hand, apart from the training examples (bench/assist/README.md). */
export const HELD_BACK_FILE = new URL('./assist/held-back.jsonl', import.meta.url);

/**
 * `assist`: the analysis of a 2,000-character description — escalation risk, key terms, type suggestions and
 * similar complaints among 500 — with the network blocked (every attempted connection counted); the baseline
 * is cutting the same text into words alone. `top1` is the type accuracy of the starting model on the held-back set.
 */
export async function benchAssist(): Promise<string[]> {
  const guard = blockNetwork();
  try {
    const heldBack = readLabelledTexts(HELD_BACK_FILE);
    const model = startingModel();
    const corpus = heldBack.map((e) => e.text).join('。');
    const descriptionAt = (i: number) => {
      let text = '';
      for (let at = (i * 97) % corpus.length; text.length < DESCRIPTION_CHARS; at = 0) text += corpus.slice(at);
      return text.slice(0, DESCRIPTION_CHARS);
    };
    const candidates: SimilarCandidate[] = Array.from({ length: CANDIDATES }, (_, i) => ({
      id: `c${i}`,
      policyNumber: i % 50 === 0 ? 'P-7' : `P-${i}`,
      keywords: keywordsOf(heldBack[i % heldBack.length]!.text).map((k) => k.keyword),
    }));
    const analysis: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const text = descriptionAt(i);
      const ms = timeMs(() => analyseDescription({ text, policyNumber: 'P-7', watchList: DEFAULT_WATCH_LIST, model, candidates }));
      const base = timeMs(() => tokenize(text));
      if (i >= WARM_UP) {
        analysis.push(ms);
        baseline.push(base);
      }
    }
    const typeHits = heldBack.filter((e) => classify(model, e.text, 1)[0]?.type === e.type).length;
    const subtypeHits = heldBack.filter((e) => classify(model, e.text, 1)[0]?.subtype === e.subtype).length;
    const p95 = percentile(analysis, 95);
    return [
      benchLine('assist', 'analyse-2000-char-description-vs-word-cut', {
        ratio: round(p95 / percentile(baseline, 95), 2),
        goal: '≤50ms_p95,≥0.8_top1',
        p50_ms: round(percentile(analysis, 50)),
        p95_ms: round(p95),
        p99_ms: round(percentile(analysis, 99)),
        baseline_p95_ms: round(percentile(baseline, 95)),
        top1: round(typeHits / heldBack.length, 3),
        subtype_top1: round(subtypeHits / heldBack.length, 3),
        labelled: heldBack.length,
        rss_mb: rssMb(),
        errors: 0,
        samples: SAMPLES,
        network_calls: guard.attempts(),
      }),
    ];
  } finally {
    guard.release();
  }
}
