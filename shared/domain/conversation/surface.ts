// The wording coach's surface checks: shouting (capitals, stacked or barked "!") and vague claims
// (a performance cue in a sentence with no number or date).
import { ABSOLUTES, ACRONYMS, EMPHASIS_WORDS, NEGATIVE_CUES, PHRASES, PRAISE_CUES, TRAITS, VAGUE_CUES } from './lexicon';
import type { Span } from './spans';
import { criticism, firstWordIndex, hasNumberOrDate, matchAt, sentenceIsPraise } from './spans';
import type { Sentence, Token } from './tokenize';
import { valence } from './valence';
import { targetMet } from './shortfall';

const VAGUE_INDEX = firstWordIndex(VAGUE_CUES.map((words) => ({ words, kind: 'vague' as const })));

/** Words the lists know: a single one in capitals is emphasis, not a name. */
const KNOWN_WORDS = new Set<string>([
  ...EMPHASIS_WORDS,
  ...TRAITS,
  ...ABSOLUTES,
  ...NEGATIVE_CUES,
  ...PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0] ?? ''),
]);

function isShoutWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.quoted) return false;
  const r = t.raw;
  if (r.length < 2 || /\d/.test(r)) return false;
  if (r !== r.toUpperCase() || r === r.toLowerCase()) return false;
  const base = r.replace(/['\u2019]S$/, '');
  return !ACRONYMS.has(base) && !ACRONYMS.has(base.replace(/S$/, ''));
}

export function shouting(tokens: readonly Token[], sentences: readonly Sentence[], spans: Span[]) {
  // Capitals: one word of 4+ letters, or two or more capitalised words in a row.
  let i = 0;
  while (i < tokens.length) {
    if (!isShoutWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (isShoutWord(tokens[j + 1]) || (tokens[j + 1]?.start === tokens[j]?.start && tokens[j + 1]?.kind === 'word')))
      j++;
    const a = tokens[i]!;
    const b = tokens[j]!;
    const run = tokens.slice(i, j + 1);
    const distinct = new Set(run.map((t) => t.start)).size;
    // Three capitalised words in a row, or any run with a word the lists know ("STOP", "NOW"); "ACME CORP" is a name.
    if (distinct >= 3 || run.some((t) => KNOWN_WORDS.has(t.norm)))
      spans.push({ start: a.start, end: b.end, kind: 'shouting', cat: 'shouting', sentence: a.sentence });
    i = j + 1;
  }
  // Exclamation marks: two or more together, or one on a criticism.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'punct' || t.quoted || (t.norm !== '!' && t.norm !== '?')) continue;
    let m = k;
    let bangs = 0;
    while (
      m < tokens.length &&
      tokens[m]?.kind === 'punct' &&
      (tokens[m]?.norm === '!' || tokens[m]?.norm === '?') &&
      tokens[m]?.start === t.start + (m - k)
    ) {
      if (tokens[m]?.norm === '!') bangs++;
      m++;
    }
    const run = m - k;
    if (bangs >= 2 || (bangs >= 1 && run >= 2))
      spans.push({ start: t.start, end: tokens[m - 1]!.end, kind: 'shouting', cat: 'shouting', sentence: t.sentence });
    else if (bangs === 1) {
      const s = sentences[t.sentence];
      if (s && (criticism(tokens, s) || barkedOrder(tokens, s)))
        spans.push({ start: t.start, end: t.end, kind: 'shouting', cat: 'shouting', sentence: t.sentence });
    }
    k = m - 1;
  }
}

const CHEER = new Set(['let', 'thank', 'thanks', 'welcome', 'congratulations', 'congrats', 'luck', 'well', 'happy', 'go', 'hello', 'hi']);
/** One "!" on anything but praise, thanks, cheer or a figure past its target ("Do your job!", "Get it done by Friday!") is a raised voice. */
function barkedOrder(tokens: readonly Token[], s: Sentence): boolean {
  // "118% of target!" cheers a figure.
  if (targetMet(tokens, s.first, s.last)) return false;
  for (let k = s.first; k <= s.last; k++) {
    const n = tokens[k]?.norm ?? '';
    if (CHEER.has(n) || PRAISE_CUES.has(n) || valence(n) >= 2) return false;
  }
  return true;
}

export function vague(tokens: readonly Token[], sentences: readonly Sentence[], shield: Uint8Array, spans: Span[]) {
  for (const s of sentences) {
    if (s.question || hasNumberOrDate(tokens, s) || sentenceIsPraise(tokens, s)) continue;
    let found = false;
    for (let i = s.first; i <= s.last && !found; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || t.quoted || shield[i]) continue;
      const cands = VAGUE_INDEX.get(t.norm);
      if (!cands) continue;
      for (const p of cands) {
        const j = matchAt(tokens, i, p.words, shield);
        if (j >= 0) {
          spans.push({ start: t.start, end: tokens[j]!.end, kind: 'vague', cat: 'vague', sentence: s.index });
          found = true;
          break;
        }
      }
    }
  }
}
