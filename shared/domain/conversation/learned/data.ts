// Every labelled statement the wording coach has, with the batch (the author and the sitting)
// it was written in: the corpus, the eight batches written while tuning, the four batches scored
// before they were tuned on, the three batches and the writers' batches written for issue
// 20. Leave-one-batch-out scores
// each batch with a model trained on all the others, so a batch is never scored by a model that
// saw its wording. Used by the training script and the tests, never by the coach itself.
import { z } from 'zod';
import { loadConversationBanks, managerTexts } from '../banks';
import { loadCorpus } from '../corpus/index';
import type { Sentence } from '../tokenize';
import { tokenize } from '../tokenize';
import { PASSAGE_SENTENCES, passages } from './layer';
import fresh from '../corpus/fresh-batches.json';
import batch1 from '../corpus/never-tuned.json';
import batch2 from '../corpus/never-tuned-2.json';
import batch3 from '../corpus/never-tuned-3.json';
import batch4 from '../corpus/never-tuned-4.json';
import writers from '../corpus/writers-20.json';
import written20 from '../corpus/written-20.json';

export type Label = 'hard' | 'soft' | 'balanced';
export type Labelled = { text: string; label: Label; category: string | null; batch: string };

const label = z.enum(['hard', 'soft', 'balanced']);
const item = z.object({
  label,
  category: z
    .string()
    .regex(/^[a-z-]+$/)
    .optional(),
  text: z.string().trim().min(3).max(300),
});
const batchFile = z.object({ items: z.array(item).min(50) });
const freshFile = z.object({ batches: z.array(z.object({ batch: z.number().int(), items: z.array(item).min(50) })) });
const writtenFile = z.object({
  about: z.string(),
  batches: z.array(z.object({ name: z.string().regex(/^[a-z0-9-]+$/), items: z.array(item).min(50) })),
});

/**
 * What Candor itself writes for the manager to read or say (resources/conversation/*.json): fair
 * wording by design, checked to carry no flag, so the model learns its plain, instructive register
 * as balanced.
 */
function productTexts(): { text: string; label: Label }[] {
  const texts = new Set<string>();
  for (const text of managerTexts(loadConversationBanks())) {
    texts.add(text);
    // The coach reads a longer text in runs of at most three sentences (layer.ts), and a manager may
    // keep one sentence of it: each run and each sentence is learned as well as the whole.
    const { sentences } = tokenize(text);
    if (sentences.length < 2) continue;
    const piece = (run: readonly Sentence[]) => text.slice(run[0]!.start, run[run.length - 1]!.end).trim();
    if (sentences.length > PASSAGE_SENTENCES) for (const run of passages(sentences)) texts.add(piece(run));
    for (const s of sentences) if (piece([s]).split(' ').length >= 3) texts.add(piece([s]));
  }
  return [...texts].map((text) => ({ text, label: 'balanced' as const }));
}

/** The batches in a fixed order; a statement written twice anywhere throws with its text. */
export function labelledBatches(): Map<string, Labelled[]> {
  const out = new Map<string, Labelled[]>();
  const add = (batch: string, items: readonly { text: string; label: Label; category?: string | null | undefined }[]) =>
    out.set(
      batch,
      items.map((i) => ({ text: i.text, label: i.label, category: i.category ?? null, batch })),
    );
  add('corpus', loadCorpus());
  for (const b of freshFile.parse(fresh).batches) add(`fresh-${b.batch}`, b.items);
  add('never-tuned-1', batchFile.parse(batch1).items);
  add('never-tuned-2', batchFile.parse(batch2).items);
  add('never-tuned-3', batchFile.parse(batch3).items);
  add('never-tuned-4', batchFile.parse(batch4).items);
  for (const b of writtenFile.parse(written20).batches) add(b.name, b.items);
  for (const b of writtenFile.parse(writers).batches) add(b.name, b.items);
  const written = new Set([...out.values()].flat().map((i) => i.text));
  add(
    'product-text',
    productTexts().filter((i) => !written.has(i.text)),
  );
  const seen = new Set<string>();
  for (const items of out.values())
    for (const i of items) {
      if (seen.has(i.text)) throw new Error(`"${i.text}" is labelled twice.`);
      seen.add(i.text);
    }
  return out;
}
