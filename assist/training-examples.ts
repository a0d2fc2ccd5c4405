import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COMPLAINT_TYPE_CODES } from '../shared/domain/complaint-types';

/** One labelled description: what the starting model learns from and what a held-back set is scored on. */
export const LabelledTextSchema = z
  .object({ type: z.enum(COMPLAINT_TYPE_CODES), subtype: z.string().min(1), text: z.string().min(1) })
  .strict();
export type LabelledText = z.infer<typeof LabelledTextSchema>;

/** Reads a JSON-lines file of labelled descriptions; a bad line is an error naming its line number. */
export function readLabelledTexts(path: string | URL): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = LabelledTextSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${String(path)}:${number}: not a labelled description (${parsed.error.issues[0]?.message ?? ''})`);
      return parsed.data;
    });
}

/**
 * The examples the starting model is built from (assist/training/README.md says where they came from): agents'
 * written summaries, and the same complaints as a caller would put them.
 */
export const STARTING_EXAMPLES_FILES = [
  new URL('./training/starting-examples.jsonl', import.meta.url),
  new URL('./training/spoken-examples.jsonl', import.meta.url),
];

export const readStartingExamples = (): LabelledText[] => STARTING_EXAMPLES_FILES.flatMap((file) => readLabelledTexts(file));
