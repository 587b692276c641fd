// Test helper: the categories the hand rules alone find in a text, without the learned layer.
import { findSpans } from './rules';
import { tokenize } from './tokenize';

export const ruleCats = (text: string) => {
  const { tokens, sentences } = tokenize(text);
  return findSpans(tokens, sentences).map((s) => s.cat);
};
