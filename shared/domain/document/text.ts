// Text cleaning for documents: whatever the manager typed or the CRM file carried becomes
// text every Word-processing client can store and show.
import type { Block, DocumentModel, Inline, TextRun } from './types';

// Anything outside the XML 1.0 Char production (C0 controls except tab/newline/CR, lone
// surrogates, U+FFFE/U+FFFF) makes document.xml unreadable; bidi embeddings and overrides
// can make a line read differently from what it says. Isolates (U+2066–U+2069) stay.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]|[\u202a-\u202e]|\p{Cs}/gu;
const LINE_SEPARATORS = /\r\n?|[\u0085\u2028\u2029]/gu;
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;

/** Removes characters XML 1.0 cannot hold and bidi overrides; unifies line endings to `\n`; trims. */
export function cleanText(text: string): string {
  return text.replace(LINE_SEPARATORS, '\n').replace(NOT_XML_CHAR, '').replace(/\t/gu, ' ').trim();
}

/** Cleans a one-line value (a name, a label): newlines become spaces, runs of spaces collapse. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, ' ');
}

/** True when the text is mostly right-to-left (Hebrew, Arabic, Persian…). */
export function isRightToLeft(text: string): boolean {
  if (!STRONG_RTL.test(text)) return false;
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) rtl++;
    else if (STRONG_LTR.test(ch)) ltr++;
  }
  return rtl > ltr;
}

// Long unbroken runs (a 120-letter name, a pasted URL) get a zero-width space every
// WRAP_EVERY characters so they wrap inside a table cell or a header instead of overflowing.
const WRAP_AFTER = 32;
const WRAP_EVERY = 24;
const UNBROKEN = new RegExp(`\\S{${WRAP_AFTER + 1},}`, 'gu');

export function softWrap(text: string): string {
  return text.replace(UNBROKEN, (word) => {
    const chars = Array.from(word);
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += WRAP_EVERY) parts.push(chars.slice(i, i + WRAP_EVERY).join(''));
    return parts.join('\u200b');
  });
}

function run(text: string, style: Omit<TextRun, 'text'>): TextRun {
  const out: TextRun = { text, ...style };
  if (isRightToLeft(text)) out.rtl = true;
  return out;
}

/** Multi-line text as runs: each newline becomes a line break. Empty input gives no runs. */
export function textRuns(text: string, style: Omit<TextRun, 'text'> = {}): Inline[] {
  const cleaned = cleanText(text);
  if (cleaned === '') return [];
  const out: Inline[] = [];
  cleaned.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ break: true });
    const trimmed = softWrap(line.trim());
    if (trimmed !== '') out.push(run(trimmed, style));
  });
  return out;
}

/** A one-line value (a name) as a single run, marked right-to-left where it is. */
export function lineRun(text: string, style: Omit<TextRun, 'text'> = {}): TextRun {
  return run(softWrap(cleanLine(text)), style);
}

/** Splits text into paragraphs on blank lines; single newlines stay line breaks inside a paragraph. */
export function paragraphsOf(text: string): Inline[][] {
  return cleanText(text)
    .split(/\n\s*\n/u)
    .map((p) => textRuns(p))
    .filter((runs) => runs.length > 0);
}

/** True for a paragraph all in bold ("Activities", "Check-in dates"): a label for what follows, kept on its page. */
export function isLabel(runs: Inline[]): boolean {
  return runs.length > 0 && runs.every((r) => 'text' in r && r.bold === true);
}

/** The visible text of some runs (line breaks as `\n`). */
export function plainText(runs: Inline[]): string {
  return runs.map((r) => ('break' in r ? '\n' : r.text)).join('');
}

/** Every visible text of a document model, one block per line (for search and tests). */
export function documentText(model: DocumentModel): string {
  const out: string[] = [model.title, model.subtitle ?? '', plainText(model.header), model.headerNote ?? ''];
  const block = (b: Block) => {
    switch (b.kind) {
      case 'heading':
        return out.push(plainText(b.text));
      case 'paragraph':
        return out.push(plainText(b.runs));
      case 'list':
        return out.push(...b.items.map(plainText));
      case 'table':
        return out.push(b.header.join(' | '), ...b.rows.map((r) => r.map(plainText).join(' | ')));
      case 'details':
        return out.push(...b.rows.map((r) => `${r.label}: ${plainText(r.value)}`));
      case 'signatures':
        return out.push(...b.signers.map((s) => `${s.label}: ${plainText(s.name)} ${s.date ?? ''}`));
      case 'pageBreak':
        return 0;
    }
  };
  model.intro.forEach(block);
  for (const s of model.sections) {
    out.push(s.heading);
    s.blocks.forEach(block);
  }
  return out.join('\n');
}
