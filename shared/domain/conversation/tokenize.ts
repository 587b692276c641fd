// A small, fast tokenizer for the wording coach: words, numbers and punctuation with UTF-16
// offsets, sentence numbers, and whether a token sits inside quotation marks. Contractions are
// expanded into two tokens sharing the original span ("you're" → "you" "are"), so the word lists
// only need one spelling.

export type TokenKind = 'word' | 'number' | 'punct';
export type Token = {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-case, curly apostrophes straightened. */
  norm: string;
  /** The text as written (for capitals). */
  raw: string;
  /** Inside quotation marks: someone else's words, never flagged. */
  quoted: boolean;
  sentence: number;
};

export type Sentence = { index: number; start: number; end: number; first: number; last: number; question: boolean };

const IRREGULAR: Record<string, [string, string]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  cannot: ['can', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
};
const SUFFIXES: [string, string][] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
  ["'s", 'is'],
];
/** Where "'s" is "is"; elsewhere it is a possessive and dropped ("rep's" → "rep"). */
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'this', 'everything', 'nothing']);

function expand(norm: string): [string, string] | null {
  const irr = IRREGULAR[norm];
  if (irr) return irr;
  for (const [suf, word] of SUFFIXES) {
    if (norm.length > suf.length && norm.endsWith(suf)) {
      const head = norm.slice(0, -suf.length);
      if (suf === "'s") return S_IS.has(head) ? [head, 'is'] : [head, ''];
      return [head, word];
    }
  }
  return null;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /\p{L}|\p{M}/u;
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text[i] ?? '');
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** The same characters as JavaScript's \s. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The tokenizer's running state: what has been read, and which quotation marks are open. */
type Scan = {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentence: number;
  sentenceStart: number;
  firstTok: number;
  quotedDouble: boolean;
  quotedCurly: boolean;
  quotedSingle: boolean;
};

function closeSentence(st: Scan, end: number, question: boolean) {
  if (st.sentenceStart >= 0 && st.tokens.length > st.firstTok) {
    st.sentences.push({ index: st.sentence, start: st.sentenceStart, end, first: st.firstTok, last: st.tokens.length - 1, question });
    st.sentence++;
  }
  st.sentenceStart = -1;
  st.firstTok = st.tokens.length;
}

function push(st: Scan, start: number, end: number, kind: TokenKind, norm: string, raw: string) {
  if (st.sentenceStart < 0) st.sentenceStart = start;
  st.tokens.push({ start, end, kind, norm, raw, quoted: st.quotedDouble || st.quotedCurly || st.quotedSingle, sentence: st.sentence });
}

/** A word from i (letters, digits, inner apostrophes and hyphens), contractions expanded; returns where it ends. */
function scanWord(st: Scan, i: number): number {
  const { text } = st;
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isLetter(text, j) || isDigit(d)) j++;
    else if ((isApostrophe(d) || d === 45) && j + 1 < n && isLetter(text, j + 1)) j += 2;
    else break;
  }
  const raw = text.slice(i, j);
  const norm = raw.toLowerCase().replace(/\u2019/g, "'");
  const ex = norm.includes("'") || norm === 'cannot' ? expand(norm) : null;
  if (ex) {
    push(st, i, j, 'word', ex[0], raw);
    if (ex[1]) push(st, i, j, 'word', ex[1], raw);
  } else push(st, i, j, 'word', norm, raw);
  return j;
}

/** Signs a figure may open with: $, €, £, ¥, ₹, and an R that opens a word ("R80,000", "R1.2m" in rand). */
function currencyAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || (c === 82 && (i === 0 || !isLetter(text, i - 1)));
}

/** A number from i ("1,250", "12.5%", "€3,000", "30/06"); returns where it ends. */
function scanNumber(st: Scan, i: number): number {
  const { text } = st;
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isDigit(d) || d === 37 || isAsciiLetter(d)) j++;
    else if ((d === 44 || d === 46 || d === 58 || d === 47) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  const raw = text.slice(i, j);
  push(st, i, j, 'number', raw.toLowerCase(), raw);
  return j;
}

/** Opens or closes a quotation at a quote mark (c at i). */
function toggleQuote(st: Scan, c: number, i: number) {
  const text = st.text;
  const opens = i === 0 || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 40;
  if (c === 34) st.quotedDouble = !st.quotedDouble;
  else if (c === 0x201c || c === 0xab || c === 0x201e) st.quotedCurly = true;
  else if (c === 0x201d || c === 0xbb) st.quotedCurly = false;
  else if (c === 0x2018 && opens) st.quotedSingle = true;
  else if (c === 0x2019 && st.quotedSingle) st.quotedSingle = false;
  else if (c === 39 && opens) st.quotedSingle = true;
  else if (c === 39 && st.quotedSingle) st.quotedSingle = false;
}

/**
 * After a full stop, "!", "?" or "…" at i - 1: more terminal marks join it ("?!", "..."), and the
 * sentence ends if a space, a closing quote or a bracket follows (closing marks stay in it).
 * Returns where reading goes on.
 */
function endOfSentence(st: Scan, i: number, width: number): number {
  const { text } = st;
  const n = text.length;
  let k = i;
  while (k < n && (text.charCodeAt(k) === 33 || text.charCodeAt(k) === 63 || text.charCodeAt(k) === 46)) {
    const kc = text.charCodeAt(k);
    push(st, k, k + 1, 'punct', kc === 33 ? '!' : kc === 63 ? '?' : '.', text[k] ?? '');
    k++;
  }
  const next = k < n ? text.charCodeAt(k) : 32;
  // "3.5" is handled by the number scanner; "e.g." stays in the sentence.
  if (!(isSpace(next) || next === 34 || next === 0x201d || next === 41)) return k;
  let m = k;
  while (m < n && (text.charCodeAt(m) === 34 || text.charCodeAt(m) === 0x201d || text.charCodeAt(m) === 41)) {
    const mc = text.charCodeAt(m);
    if (mc === 34) st.quotedDouble = !st.quotedDouble;
    if (mc === 0x201d) st.quotedCurly = false;
    push(st, m, m + 1, 'punct', text[m] ?? '', text[m] ?? '');
    m++;
  }
  closeSentence(st, m, text.slice(i - width, m).includes('?'));
  return m;
}

/** One punctuation character (or surrogate pair) at i; returns where reading goes on. */
function scanPunct(st: Scan, i: number): number {
  const { text } = st;
  const c = text.charCodeAt(i);
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  const ch = text.slice(i, i + width);
  toggleQuote(st, c, i);
  push(st, i, i + width, 'punct', ch, ch);
  const next = i + width;
  return c === 46 || c === 33 || c === 63 || c === 0x2026 ? endOfSentence(st, next, width) : next;
}

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const st: Scan = {
    text,
    tokens: [],
    sentences: [],
    sentence: 0,
    sentenceStart: -1,
    firstTok: 0,
    quotedDouble: false,
    quotedCurly: false,
    quotedSingle: false,
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        // A line break ends the sentence and any unclosed quotation.
        closeSentence(st, i, false);
        st.quotedDouble = st.quotedCurly = st.quotedSingle = false;
      }
      i++;
    } else if (isDigit(c) || (currencyAt(text, i) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) i = scanNumber(st, i);
    else if (isLetter(text, i)) i = scanWord(st, i);
    else i = scanPunct(st, i);
  }
  closeSentence(st, n, false);
  return { tokens: st.tokens, sentences: st.sentences };
}
