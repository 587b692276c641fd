// Small helpers the two document builders share.
import { DocumentInputError } from './format';
import { cleanLine, lineRun, paragraphsOf, textRuns } from './text';
import type { Block, Inline, SignatureImage, TableBlock } from './types';

export const para = (runs: Inline[], tone: 'normal' | 'note' = 'normal'): Block => ({ kind: 'paragraph', runs, tone });

/** A short paragraph of our own wording, e.g. "No milestones were set." */
export const note = (text: string): Block => para([{ text }], 'note');

/** Free text as one paragraph per blank-line-separated part; `empty` when there is none. */
export function prose(text: string, empty: string): Block[] {
  const parts = paragraphsOf(text);
  return parts.length === 0 ? [note(empty)] : parts.map((runs) => para(runs));
}

/** Non-empty entries as list items (blank entries are left out: they carry nothing to show). */
export function list(items: string[], ordered: boolean, empty: string): Block[] {
  const runs = items.map((t) => textRuns(t)).filter((r) => r.length > 0);
  return runs.length === 0 ? [note(empty)] : [{ kind: 'list', ordered, items: runs }];
}

/** "Label: text" entries as a bulleted list, the label in bold (entries with neither are left out). */
export function labelledList(entries: [label: string, text: string][], empty: string): Block[] {
  const items = entries
    .map(([label, text]) => ({ label: cleanLine(label), runs: textRuns(text) }))
    .filter((e) => e.label !== '' || e.runs.length > 0)
    .map((e): Inline[] => (e.label === '' ? e.runs : [{ text: `${e.label}: `, bold: true }, ...e.runs]));
  return items.length === 0 ? [note(empty)] : [{ kind: 'list', ordered: false, items }];
}

/** A table, or the `empty` note when there are no rows (an empty table is never emitted). */
export function table(header: string[], rows: Inline[][][], widths: number[], empty: string, align?: TableBlock['align']): Block[] {
  if (rows.length === 0) return [note(empty)];
  const block: TableBlock = { kind: 'table', header, rows, widths };
  if (align) block.align = align;
  return [block];
}

export const cell = (text: string): Inline[] => textRuns(text);
export const nameRuns = (name: string): Inline[] => (cleanLine(name) === '' ? [] : [lineRun(name)]);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkImage(image: SignatureImage, whose: string): SignatureImage {
  const isPng = image.png.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => image.png[i] === b);
  if (!isPng) throw new DocumentInputError(`The drawn signature of ${whose} is not a PNG image.`);
  const ok = (n: number) => Number.isFinite(n) && n > 0;
  if (!ok(image.width) || !ok(image.height)) throw new DocumentInputError(`The drawn signature of ${whose} has no size.`);
  return image;
}
