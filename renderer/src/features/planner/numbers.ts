import { z } from 'zod';
import { formatValue, fromTypedValue, parseTypedNumber, shownDigits } from '@shared/domain/plan';
import type { MetricUnit } from '@shared/schemas';

/** Forms speak percentages for rates, rounded as the documents write them; storage keeps shares in [0, 1]. */
export function toInput(value: number | null, unit: MetricUnit | null): string {
  if (value === null) return '';
  // The documents' rounding (shownDigits): money whole, 63% (5.7% below 10%), 27 days, 3.5 calls.
  const v = unit === 'rate' ? value * 100 : value;
  const f = 10 ** shownDigits(value, unit);
  return String(Math.round(v * f) / f);
}

/**
 * A typed value in its unit ("60%" and "60" are both 60% for a rate; "$2,536" is 2536): the plan's
 * one reading of typed numbers. A field left as shown keeps the exact figure it was shown from
 * (the first of `exact` that shows as this text), so an untouched 2,535.55 stays 2,535.55.
 */
export function fromInput(text: string, unit: MetricUnit | null, ...exact: readonly (number | null | undefined)[]): number | null {
  const kept = exact.find((n): n is number => typeof n === 'number' && text.trim() !== '' && toInput(n, unit) === text.trim());
  return kept ?? fromTypedValue(text, unit);
}

/** A number typed in a form: empty (unknown) or a finite number, with a % or currency sign allowed. */
export const numberText = z
  .string()
  .max(30)
  .refine((v) => v.trim() === '' || Number.isFinite(parseTypedNumber(v) ?? NaN), 'Enter a number, or leave it empty');

export function unitSuffix(unit: MetricUnit | null): string {
  return unit === 'rate' ? '%' : unit === 'days' ? 'days' : '';
}

/** A value in its unit; money with the currency of the manager's number format when one is passed. */
export const fmt = (value: number | null, unit: MetricUnit | null, format: { locale: string; currency: string | null } | null = null) =>
  value === null ? '–' : formatValue(value, unit, format ?? {});

export function fmtGap(gap: number | null): string {
  if (gap === null) return '–';
  const pct = Math.round(gap * 100);
  return `${pct > 0 ? '+' : ''}${pct}%`;
}
