// Cell normalisation: locale numbers, currencies, percentages, Excel error values, dates and
// period labels. Every parser returns a value or a reason; none throws, none guesses silently:
// per-column ambiguity is decided by detectNumberFormat / detectDateOrder (or by the user).
import type { Cell, FormatDecision, NumberFormat, Parsed } from './cells';
import { cleanText, isExcelError, NULL_WORDS } from './cells';

export * from './cells';
export { cleanName, MAX_NAME_LENGTH, type CleanedName } from './names';

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₫': 'VND',
  '₱': 'PHP',
  '฿': 'THB',
  zł: 'PLN',
  kr: 'SEK',
  R$: 'BRL',
  A$: 'AUD',
  C$: 'CAD',
  US$: 'USD',
  HK$: 'HKD',
  S$: 'SGD',
  Fr: 'CHF',
};
const CURRENCY_RE =
  /^(US\$|HK\$|R\$|A\$|C\$|S\$|[$€£¥₹₩₽₺₪₫₱฿]|zł|kr|Fr\.?|[A-Z]{3}(?![A-Za-z]))\s*|\s*(US\$|[$€£¥₹₩₽₺₪₫₱฿]|zł|kr|Fr\.?|(?<![A-Za-z])[A-Z]{3})$/;

/** Number text after sign/currency/percent stripping, still with its separators. */
type NumberShape = { body: string; negative: boolean; percent: boolean; currency: string | null };

function shapeNumber(raw: string): NumberShape | { error: string } {
  let s = cleanText(raw).replace(/\u2212/g, '-');
  let negative = false;
  let percent = false;
  let currency: string | null = null;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = s;
    if (s.startsWith('-')) {
      if (negative) return { error: 'two minus signs' };
      negative = true;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    }
    if (s.endsWith('-')) {
      if (negative) return { error: 'two minus signs' };
      negative = true;
      s = s.slice(0, -1).trim();
    }
    if (s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1).trim();
    }
    const m = CURRENCY_RE.exec(s);
    if (m) {
      const sym = (m[1] ?? m[2] ?? '').replace(/\.$/, '');
      const code = CURRENCY_SYMBOLS[sym] ?? sym;
      if (currency !== null && currency !== code) return { error: 'two currencies' };
      currency = code;
      s = (m.index === 0 ? s.slice(m[0].length) : s.slice(0, m.index)).trim();
    }
    if (s === before) break;
  }
  return { body: s, negative, percent, currency };
}

const PLAIN_NUMBER_RE = /^(\d+\.?\d*|\.\d+)$/;
const SCIENTIFIC_RE = /^(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

/** Evidence a single value gives about its column's number format. */
export function numberFormatVote(raw: string): NumberFormat | 'ambiguous' | null {
  const shaped = shapeNumber(raw);
  if ('error' in shaped) return null;
  const b = shaped.body.replace(/[ ']/g, '');
  if (SCIENTIFIC_RE.test(b)) return null;
  const commas = (b.match(/,/g) ?? []).length;
  const dots = (b.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) return b.lastIndexOf(',') > b.lastIndexOf('.') ? 'eu' : 'us';
  if (commas > 1) return 'us';
  if (dots > 1) return 'eu';
  if (commas === 1) return /^\d{1,3},\d{3}$/.test(b) ? 'ambiguous' : /^\d*,\d+$/.test(b) ? 'eu' : null;
  if (dots === 1) return /^\d{1,3}\.\d{3}$/.test(b) ? 'ambiguous' : /^\d*\.\d+$|^\d+\.$/.test(b) ? 'us' : null;
  return null;
}

/**
 * Decides a column's number format from its values. Only values like “1,234” (or “1.234”) →
 * ambiguous: the caller must ask, and uses the default until answered.
 */
export function detectNumberFormat(values: Iterable<string>, fallback: NumberFormat = 'us'): FormatDecision<NumberFormat> {
  let us = 0;
  let eu = 0;
  let amb = 0;
  for (const v of values) {
    const vote = numberFormatVote(v);
    if (vote === 'us') us++;
    else if (vote === 'eu') eu++;
    else if (vote === 'ambiguous') amb++;
  }
  if (us === 0 && eu === 0) return { format: fallback, ambiguous: amb > 0, conflicting: false };
  return { format: eu > us ? 'eu' : 'us', ambiguous: false, conflicting: us > 0 && eu > 0 };
}

/**
 * Largest magnitude read from a cell. Beyond 15 significant digits a double no longer holds the
 * number the file wrote, and sums of such values stop being exact; no sales figure is that big.
 */
export const MAX_EXACT_NUMBER = 1e15;
const US_GROUPED_RE = /^(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})(\.\d*)?$/;
const EU_GROUPED_RE = /^\d{1,3}(\.\d{3})+(,\d*)?$/;

export type NumberOptions = { format: NumberFormat; percentAs?: 'fraction' | 'number' };

/**
 * Parses a number cell. Empty and “-”/“N/A” → null; Excel error values → null with a warning;
 * “(1,234.00)” and “1234-” → negative; “1e+05” → 100000; “45%” → 0.45 (percentAs 'fraction', the
 * default) or 45 ('number').
 */
export function parseNumberCell(cell: Cell, opts: NumberOptions): Parsed<number> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, reason: 'not a finite number' };
    return Math.abs(cell) < MAX_EXACT_NUMBER ? { ok: true, value: cell } : { ok: false, reason: 'too many digits to be read exactly (over 15)' };
  }
  if (typeof cell === 'boolean') return { ok: false, reason: 'a TRUE/FALSE value, not a number' };
  if (cell instanceof Date) return { ok: false, reason: 'a date, not a number' };
  const text = cleanText(cell);
  if (NULL_WORDS.has(text.toLowerCase())) return { ok: true, value: null };
  if (isExcelError(text)) return { ok: true, value: null, warning: `Excel error value ${text.toUpperCase()}; treated as missing, not 0` };
  const shaped = shapeNumber(text);
  if ('error' in shaped) return { ok: false, reason: `not a number (${shaped.error})` };
  let body = shaped.body.replace(/[ ']/g, '');
  // A separator that does not fit the column's format is not silently dropped: in a US column
  // “1,5” is not 15 and in a European one “1.5” is not 15.
  if (opts.format === 'us') {
    if (body.includes(',')) {
      if (!US_GROUPED_RE.test(body)) return { ok: false, reason: `does not fit this column's number format (US/UK, like 1,234.56)` };
      body = body.replace(/,/g, '');
    }
  } else {
    if (body.includes('.')) {
      if (!EU_GROUPED_RE.test(body)) return { ok: false, reason: `does not fit this column's number format (European, like 1.234,56)` };
      body = body.replace(/\./g, '');
    }
    body = body.replace(',', '.');
  }
  let value: number;
  if (PLAIN_NUMBER_RE.test(body) || SCIENTIFIC_RE.test(body)) value = Number(body);
  else return { ok: false, reason: 'not a number' };
  if (!(value < MAX_EXACT_NUMBER))
    return {
      ok: false,
      reason: SCIENTIFIC_RE.test(body)
        ? 'looks like a long number damaged by Excel (scientific notation); it cannot be read exactly'
        : 'too many digits to be read exactly (over 15)',
    };
  if (shaped.negative) value = -value;
  if (shaped.percent && (opts.percentAs ?? 'fraction') === 'fraction') value = value / 100;
  const out: Parsed<number> = { ok: true, value };
  if (shaped.currency) out.currency = shaped.currency;
  return out;
}

export * from './dates';
