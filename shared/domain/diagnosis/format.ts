// Locale-independent number formatting for evidence sentences (deterministic in every runtime).

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 12,345 / 12.5 / 0.75 — up to `maxDecimals`, trailing zeros dropped. */
export function fmtNum(n: number | null, maxDecimals = 1): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const neg = n < 0;
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : maxDecimals;
  let s = abs.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  const [i = '0', f] = s.split('.');
  const out = f ? `${group(i)}.${f}` : group(i);
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
