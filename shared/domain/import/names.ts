// Names as Candor stores them (reps, roles, stage values): what only hides is removed, what a
// script needs is kept, the letters are composed (NFC), and every change is said in words.
/** NBSP, narrow NBSP, thin, figure and other fixed-width spaces. */
export const INVISIBLE_RE = /[\u00a0\u2007\u2009\u202f\u200a\u2002\u2003\u2004\u2005\u2006\u2008]/g;

/** C0/C1 control characters (tab, newlines and NUL included) and DEL. */
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional marks, embeddings, overrides and isolates (U+202E reverses what follows it). */
const BIDI_RE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Longest rep name kept (the rep record's own limit); longer names are cut and the row says so. */
export const MAX_NAME_LENGTH = 200;

/** Characters that only hide: they show nothing and join or split nothing in any script. */
const HIDING: Record<string, string> = {
  '\u00ad': 'a soft hyphen',
  '\u180e': 'a Mongolian vowel separator',
  '\u200b': 'a zero-width space',
  '\u2060': 'a word joiner',
  '\u2061': 'an invisible operator',
  '\u2062': 'an invisible operator',
  '\u2063': 'an invisible operator',
  '\u2064': 'an invisible operator',
  '\ufeff': 'a byte order mark',
  '\u115f': 'a Hangul filler',
  '\u1160': 'a Hangul filler',
  '\u3164': 'a Hangul filler',
  '\uffa0': 'a Hangul filler',
};
const HIDING_RE = new RegExp(`[${Object.keys(HIDING).join('')}]`, 'gu');
/** Scripts in which a zero-width (non-)joiner changes how letters join: part of the spelling there. */
const JOINING_SCRIPT_RE =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const EMOJI_BEFORE_ZWJ_RE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}]/u;
const EMOJI_RE = /\p{Extended_Pictographic}/u;

/** The code point before UTF-16 index i, and the one at index j, as strings ('' at the ends). */
function around(s: string, i: number, j: number): [string, string] {
  const lo = s.charCodeAt(i - 1);
  const before = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.slice(Math.max(0, i - 1), i);
  const next = s.codePointAt(j);
  return [before, next === undefined ? '' : String.fromCodePoint(next)];
}

/** Keeps ZWNJ/ZWJ between letters of a script that joins (Persian ZWNJ) and ZWJ inside an emoji sequence. */
function dropStrayJoiners(s: string, removed: Set<string>): string {
  return s.replace(/[\u200c\u200d]/gu, (j, at: number) => {
    const [before, next] = around(s, at, at + 1);
    if (JOINING_SCRIPT_RE.test(before) && JOINING_SCRIPT_RE.test(next)) return j;
    if (j === '\u200d' && EMOJI_BEFORE_ZWJ_RE.test(before) && EMOJI_RE.test(next)) return j;
    removed.add(
      j === '\u200c' ? 'a zero-width non-joiner outside a script that joins' : 'a zero-width joiner outside an emoji or a script that joins',
    );
    return '';
  });
}

export type CleanedName = {
  name: string;
  /** Anything beyond trimming and collapsing ordinary spaces was changed (listed in `changes`), or the name was cut. */
  changed: boolean;
  cut: boolean;
  /** What was changed, in words: "a zero-width space removed", … (empty when only spacing changed). */
  changes: string[];
};

/**
 * A person's name as Candor stores it: characters that only hide removed (zero-width space, soft
 * hyphen, byte order mark…), text-direction controls removed (U+202E would reverse text on
 * screen and in documents), control characters and unusual spaces made one plain space, the
 * letters composed (NFC, which keeps every letter as written: no compatibility folding), and at
 * most MAX_NAME_LENGTH characters. Zero-width (non-)joiners stay where a script needs them
 * (Persian, Indic scripts) and inside emoji sequences. Every change is listed.
 */
export function cleanName(raw: string, max: number = MAX_NAME_LENGTH): CleanedName {
  let s = raw.length > max * 4 ? raw.slice(0, max * 4) : raw;
  const longInput = s.length < raw.length;
  const removed = new Set<string>();
  s = s.replace(HIDING_RE, (c) => {
    removed.add(HIDING[c] ?? 'an invisible character');
    return '';
  });
  s = dropStrayJoiners(s, removed);
  const changes = [...removed].map((what) => `${what} removed`);
  const swap = (re: RegExp, by: string, what: string) => {
    const next = s.replace(re, by);
    if (next !== s) changes.push(what);
    s = next;
  };
  swap(BIDI_RE, '', 'text-direction characters removed');
  swap(CONTROL_RE, ' ', 'control characters replaced by a space');
  swap(INVISIBLE_RE, ' ', 'unusual spaces made plain');
  const composed = s.normalize('NFC');
  if (composed !== s) changes.push('letters written as two codes composed into one (NFC)');
  s = composed.replace(/\s+/g, ' ').trim();
  let cut = longInput;
  if (s.length > max) {
    s = s.slice(0, max).trim();
    cut = true;
  }
  return { name: s, changed: cut || changes.length > 0, cut, changes };
}
