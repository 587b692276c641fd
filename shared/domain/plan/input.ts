// Numbers as a manager types them into a plan's form: "60%", "60 %", "$2,536", "2,536.50",
// "12,5" (a decimal comma), "-3". Forms speak percentages for rates; storage keeps shares.

/** The number in a typed text, or null for an empty field, or NaN when it is not a number. */
export function parseTypedNumber(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/gu, '');
  if (t === '') return null;
  // A currency symbol or code before or after, and a trailing percent sign, are read past.
  t = t.replace(/^(?:\p{Sc}|[A-Z]{3})|(?:\p{Sc}|[A-Z]{3})$/gu, '').replace(/%$/u, '');
  if (t.includes(',') && t.includes('.')) {
    // Both separators: the last one is the decimal mark.
    t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(/\./gu, '').replace(',', '.') : t.replace(/,/gu, '');
  } else if (/^[+-]?\d{1,3}(,\d{3})+$/u.test(t)) {
    // Groups of three after a comma read as thousands ("2,536"); a single comma otherwise is a decimal comma ("12,5").
    t = t.replace(/,/gu, '');
  } else t = t.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/u.test(t) ? Number(t) : NaN;
}

/** A typed value in the metric's unit: a rate typed as a percentage ("60" or "60%") becomes a share (0.6). */
export function fromTypedValue(text: string, unit: string | null): number | null {
  const n = parseTypedNumber(text);
  if (n === null) return null;
  return unit === 'rate' ? n / 100 : n;
}
