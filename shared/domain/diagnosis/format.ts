// Locale-independent number formatting for evidence sentences (deterministic in every runtime).

function group(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  let out = '';
  const head = intPart.length % 3;
  if (head > 0) out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += (out ? ',' : '') + intPart.slice(i, i + 3);
  return out;
}

/** 12,345 / 12.5 / 0.75 — up to `maxDecimals`, trailing zeros dropped. */
export function fmtNum(n: number | null, maxDecimals = 1): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const neg = n < 0;
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : maxDecimals;
  // Whole numbers (most counts and amounts) need no toFixed: up to 2^53 String gives the same
  // digits, and toFixed(0) rounds half up like Math.round for the non-negative values here.
  if (abs <= Number.MAX_SAFE_INTEGER && (decimals === 0 || Number.isInteger(abs))) {
    const out = group(String(decimals === 0 ? Math.round(abs) : abs));
    return neg && out !== '0' ? `−${out}` : out;
  }
  let s = abs.toFixed(decimals);
  let out: string;
  const dot = s.indexOf('.');
  if (dot < 0) out = group(s);
  else {
    let end = s.length;
    while (end > dot + 1 && s.charCodeAt(end - 1) === 48) end--;
    const f = s.slice(dot + 1, end);
    s = s.slice(0, dot);
    out = f ? `${group(s)}.${f}` : group(s);
  }
  return neg && out !== '0' ? `−${out}` : out;
}

/** 0.256 → "26%". */
export function fmtPct(share: number | null, decimals = 0): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(decimals)}%`;
}

/** |gap| as "35% below" / "12% above" / "on benchmark". */
export function fmtGap(gap: number | null): string {
  if (gap === null || !Number.isFinite(gap)) return '';
  const pct = Math.round(Math.abs(gap) * 100);
  if (pct === 0) return 'on benchmark';
  return `${pct}% ${gap < 0 ? 'below' : 'above'}`;
}
