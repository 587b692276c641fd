// Training the learned layer from labelled statements: the tone model on every statement, the
// category model on those whose category is known. Pure and deterministic; the script
// tests/bench/train-wording.ts writes the result to weights.json, and the tests retrain it to check
// the committed weights and to score each batch with a model that never saw it.
import { findSpans } from '../rules';
import { tokenize } from '../tokenize';
import type { Labelled } from './data';
import { featuresOf } from './features';
import type { Coach } from './layer';
import { CATEGORY_OF, TONES } from './layer';
import type { Example, TrainOptions } from './model';
import { TRAIN_DEFAULTS, train } from './model';

/**
 * The margins of the decision (layer.ts), chosen by 8-fold cross-validation by batch over the
 * training batches, 21,106 statements (README, "How the wording coach works"): the hard score must
 * clear 1 (at 1.25, 39 fewer right for 11 fewer balanced statements called too hard); the soft
 * score must beat the balanced one by 1.5 when no rule found the wording too soft; a rule's "too
 * hard" stands unless the model reads another tone by more than 0.5 (at 1, 8 more balanced
 * statements called too hard; at 0, 13 fewer, but "Why do you never answer?" reads as fair); praise with a
 * clause that praises nothing is kept from "too hard" while the model's raw hard score leads by less than 4
 * (with no limit, 80 fewer right, most of them sarcasm and contempt; at 2, "Congratulations on the
 * Meridian deal, you earned it." is called too hard).
 */
export const MARGINS = { hardMargin: 1, softMargin: 1.5, keepMargin: 0.5, praiseMargin: 4 } as const;

const withoutRules = (f: readonly string[]) => f.filter((x) => !x.startsWith('r:'));

/** A whole statement's features, as the model is trained on them. */
export function statementFeatures(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return featuresOf(tokens, sentences, 0, tokens.length - 1, findSpans(tokens, sentences));
}

export function trainCoach(items: readonly Labelled[], margins: Partial<typeof MARGINS> = {}, opts: TrainOptions = TRAIN_DEFAULTS): Coach {
  const feats = items.map((i) => statementFeatures(i.text));
  const toneExamples: Example[] = items.map((i, k) => ({ features: feats[k]!, y: TONES.indexOf(i.label) }));
  // The rules were tuned on most of these statements, so on them a rule fires far more often than
  // on new wording; each statement is also learned without the rules' findings, so the words and
  // shapes carry weight of their own.
  items.forEach((i, k) => toneExamples.push({ features: withoutRules(feats[k]!), y: TONES.indexOf(i.label) }));
  const categories = [...new Set(Object.values(CATEGORY_OF))].sort();
  const catExamples: Example[] = [];
  items.forEach((i, k) => {
    const c = i.category ? CATEGORY_OF[i.category] : undefined;
    if (c && i.label !== 'balanced') catExamples.push({ features: withoutRules(feats[k]!), y: categories.indexOf(c) });
  });
  return { tone: train(TONES, toneExamples, opts), category: train(categories, catExamples, opts), ...MARGINS, ...margins };
}
