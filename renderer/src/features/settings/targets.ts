import { z } from 'zod';
import type { Targets } from '@shared/schemas';
import { decimalMark, formatExact, type ValueUnit } from '@shared/lib/format';
import { parseNumberCell } from '@shared/domain/import/values';

/** The targets a role can hold, as the manager reads them. */
export const TARGET_FIELDS: { key: keyof Targets; label: string; hint?: string; pct?: boolean }[] = [
  { key: 'calls', label: 'Calls' },
  { key: 'emails', label: 'Emails' },
  { key: 'meetingsBooked', label: 'Meetings booked' },
  { key: 'meetingsHeld', label: 'Meetings held' },
  { key: 'opportunitiesCreated', label: 'Opportunities created' },
  { key: 'quota', label: 'Quota (revenue)' },
  { key: 'winRate', label: 'Win rate (%)', pct: true },
  { key: 'avgDealSize', label: 'Average deal size' },
  { key: 'maxCycleDays', label: 'Longest cycle (days)' },
  { key: 'pipelineCoverage', label: 'Pipeline coverage (× quota)' },
];

/** How each target reads (counts unless listed). */
export const TARGET_UNIT: Partial<Record<keyof Targets, ValueUnit>> = {
  quota: 'money',
  avgDealSize: 'money',
  winRate: 'rate',
  maxCycleDays: 'days',
  pipelineCoverage: 'ratio',
};

/** A target as its box shows it, in the manager's number format: 1,200 (en-US), 1.200 (de-DE); a rate in percent. */
export function targetText(value: number | null | undefined, pct: boolean | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return formatExact(pct ? Math.round(value * 1000) / 10 : value, { locale, currency: 'USD' }, 6);
}

/**
 * One target box: empty (not set) or a number of 0 or more, written in the manager's number
 * format (the import's reading of a number cell, with the format the locale gives); a win rate
 * in percent up to 100. The output is the stored figure: a rate as a share.
 */
export function targetBox(locale: string, pct: boolean | undefined) {
  const style = decimalMark(locale) === ',' ? 'eu' : 'us';
  const f = { locale, currency: 'USD' };
  const refused = `A number of 0 or more, like ${formatExact(1200, f)} or ${formatExact(12.5, f)}, or leave empty`;
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      const read = parseNumberCell(text, { format: style, percentAs: 'number' });
      if (!read.ok || read.value === null || read.value < 0) {
        ctx.addIssue({ code: 'custom', message: refused });
        return z.NEVER;
      }
      if (pct && read.value > 100) {
        ctx.addIssue({ code: 'custom', message: 'A win rate of 100% at most' });
        return z.NEVER;
      }
      return pct ? read.value / 100 : read.value;
    });
}

/** Every target box of a form, for the manager's locale. */
export function targetBoxes(locale: string) {
  return Object.fromEntries(TARGET_FIELDS.map((f) => [f.key, targetBox(locale, f.pct)]));
}
