import { featuresOf } from '../shared/domain/assist/features';
import { suggestTypes, trainClassifier, type ClassifierModel, type TypeSuggestion } from '../shared/domain/assist/classifier-model';
import { tokenize } from './tokenizer';
import { readStartingExamples, type LabelledText } from './training-examples';

/** Trains a model from labelled descriptions (the server's closed complaints, or the shipped examples). */
export function trainFromTexts(
  examples: readonly LabelledText[],
  meta: { version: number; trainedAt: string; source: ClassifierModel['source'] },
): ClassifierModel {
  return trainClassifier(
    examples.map((e) => ({ type: e.type, subtype: e.subtype, features: featuresOf(tokenize(e.text)) })),
    meta,
  );
}

let starting: ClassifierModel | null = null;

/** The model every desk has before its organisation's first training: version 0, from the shipped examples. */
export function startingModel(): ClassifierModel {
  starting ??= trainFromTexts(readStartingExamples(), {
    version: 0,
    trainedAt: '2026-12-08T00:00:00.000Z',
    source: 'starting',
  });
  return starting;
}

/** The top suggestions for a description. */
export function classify(model: ClassifierModel, text: string, limit = 3): TypeSuggestion[] {
  return suggestTypes(model, featuresOf(tokenize(text)), limit);
}
