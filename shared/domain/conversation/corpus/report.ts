// How the wording coach does on its labelled corpus: the tone it gives each statement against the
// label, overall and per category, and whether a flag names the statement's category. Used by the
// corpus test (thresholds) and the bench (the figures in the README). `coach` is the learned layer
// to score with (the trained one by default, one trained without these statements for an honest
// figure, null for the hand rules alone).
import type { WordingKind } from '@shared/schemas/conversation';
import { CATEGORIES } from '../categories';
import { TRAINED, coachWording } from '../coach';
import type { Coach } from '../learned/layer';
import { CATEGORY_OF } from '../learned/layer';
import type { CorpusItem, CorpusLabel } from './index';

const TONE: Record<CorpusLabel, string> = { hard: 'too-hard', soft: 'too-soft', balanced: 'balanced' };

/** The kind of flag that names each corpus category (balanced categories expect none). */
export const CATEGORY_KIND: Record<string, WordingKind> = Object.fromEntries(
  Object.entries(CATEGORY_OF).map(([corpusName, id]) => [corpusName, CATEGORIES[id].kind]),
);

export type CategoryScore = { label: CorpusLabel; category: string; right: number; total: number; named: number };
export type CorpusScore = {
  right: number;
  total: number;
  /** Balanced statements the coach called too hard: the one mistake that must never happen. */
  balancedTooHard: string[];
  /** Too hard or too soft statements where a flag names the category (its kind). */
  named: number;
  flaggedTotal: number;
  byCategory: CategoryScore[];
  misses: { text: string; label: CorpusLabel; got: string }[];
};

/**
 * Right answers and statements per key (a statement's label and category, as the caller writes
 * them), in first-seen order: the per-category figures the held-back test and the bench print.
 */
export function tally<T>(items: Iterable<T>, key: (i: T) => string, right: (i: T) => boolean): Map<string, [number, number]> {
  const by = new Map<string, [number, number]>();
  for (const i of items) {
    const k = key(i);
    const [r, n] = by.get(k) ?? [0, 0];
    by.set(k, [r + (right(i) ? 1 : 0), n + 1]);
  }
  return by;
}

export function scoreCorpus(items: readonly CorpusItem[], coach: Coach | null = TRAINED): CorpusScore {
  const by = new Map<string, CategoryScore>();
  const score: CorpusScore = { right: 0, total: 0, balancedTooHard: [], named: 0, flaggedTotal: 0, byCategory: [], misses: [] };
  for (const item of items) {
    const r = coachWording(item.text, {}, coach);
    const ok = r.tone === TONE[item.label];
    const key = `${item.label}/${item.category}`;
    const c = by.get(key) ?? { label: item.label, category: item.category, right: 0, total: 0, named: 0 };
    c.total++;
    score.total++;
    if (ok) {
      c.right++;
      score.right++;
    } else score.misses.push({ text: item.text, label: item.label, got: r.tone });
    if (item.label === 'balanced' && r.tone === 'too-hard') score.balancedTooHard.push(item.text);
    const kind = CATEGORY_KIND[item.category];
    if (item.label !== 'balanced' && kind) {
      score.flaggedTotal++;
      if (r.flags.some((f) => f.kind === kind)) {
        c.named++;
        score.named++;
      }
    }
    by.set(key, c);
  }
  score.byCategory = [...by.values()];
  return score;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

/** One line per category, as in the README table: "hard · comparison | 7 | 7 | 100.0% | 7". */
export function scoreTable(s: CorpusScore): string[] {
  return [
    `overall | ${s.total} | ${s.right} | ${pct(s.right, s.total)} | category named in ${s.named} of ${s.flaggedTotal}`,
    ...s.byCategory.map(
      (c) => `${c.label} · ${c.category} | ${c.total} | ${c.right} | ${pct(c.right, c.total)} | ${c.label === 'balanced' ? '–' : c.named}`,
    ),
  ];
}
