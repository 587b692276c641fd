// The wording coach's labelled corpus: statements a manager might write, each labelled too hard,
// too soft or balanced, grouped by category (hard.json, soft.json, balanced.json). Written for
// this purpose, not taken from the coach's word lists.
//
// The split between the part the coach is tuned on and the part held back is fixed by the text
// alone (an FNV-1a hash), so it was decided before any tuning and cannot drift: a statement is
// held out when its hash is divisible by 3 (about a third of the corpus).
import { z } from 'zod';
import hard from './hard.json';
import soft from './soft.json';
import balanced from './balanced.json';

export type CorpusLabel = 'hard' | 'soft' | 'balanced';
export type CorpusItem = { text: string; label: CorpusLabel; category: string; heldOut: boolean };

const fileSchema = z.object({
  label: z.enum(['hard', 'soft', 'balanced']),
  categories: z.record(z.string().regex(/^[a-z-]+$/), z.array(z.string().trim().min(3).max(300)).min(10)),
});

/** FNV-1a, 32 bits, over the UTF-16 code units of the text. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const isHeldOut = (text: string) => fnv1a(text) % 3 === 0;

/** Every statement, validated: a malformed file or a statement written twice throws with its name. */
export function loadCorpus(files: readonly unknown[] = [hard, soft, balanced]): CorpusItem[] {
  const items: CorpusItem[] = [];
  const seen = new Set<string>();
  for (const raw of files) {
    const f = fileSchema.parse(raw);
    for (const [category, texts] of Object.entries(f.categories)) {
      for (const text of texts) {
        if (seen.has(text)) throw new Error(`The corpus holds "${text}" twice.`);
        seen.add(text);
        items.push({ text, label: f.label, category, heldOut: isHeldOut(text) });
      }
    }
  }
  return items;
}
