import { describe, expect, it } from 'vitest';
import { nameKey, periodKeySchema } from './common';
import { repInputSchema } from './rep';

describe('periodKeySchema', () => {
  it.each(['2026-10', '2026-W07', '2026-W53', '2025-Q3'])('accepts %s', (k) => {
    expect(periodKeySchema.safeParse(k).success).toBe(true);
  });
  it.each(['2026-13', '2026-W00', '2026-W54', '2025-Q5', 'Oct 2026', ''])('rejects %s', (k) => {
    expect(periodKeySchema.safeParse(k).success).toBe(false);
  });
});

describe('nameKey', () => {
  it('ignores case and runs of spaces', () => {
    expect(nameKey('  Moses   FRASE ')).toBe(nameKey('moses frase'));
  });
});

describe('repInputSchema', () => {
  it('accepts an empty email and rejects a malformed one', () => {
    const base = { name: 'Ana', role: 'AE', startDate: '2026-01-05' };
    expect(repInputSchema.safeParse({ ...base, email: '' }).success).toBe(true);
    const bad = repInputSchema.safeParse({ ...base, email: 'ana@' });
    expect(bad.success).toBe(false);
  });
  it('rejects a blank name with a readable message', () => {
    const r = repInputSchema.safeParse({ name: '   ', role: 'AE', startDate: '2026-01-05' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toBe('Enter the rep’s name');
  });
  it('leaves the start date empty when not known, and refuses a day the calendar does not have', () => {
    const base = { name: 'Ana', role: 'AE' };
    expect(repInputSchema.safeParse({ ...base, startDate: '' }).success).toBe(true);
    expect(repInputSchema.safeParse({ ...base, startDate: '2024-02-29' }).success).toBe(true);
    for (const day of ['2025-02-29', '2025-04-31', '2025-13-01', '5 March 2025']) {
      const r = repInputSchema.safeParse({ ...base, startDate: day });
      expect(r.success, day).toBe(false);
    }
    const r = repInputSchema.safeParse({ ...base, startDate: '2025-02-30' });
    expect(r.error?.issues[0]?.message).toBe('Not a day on the calendar: use the date picker, or leave it empty');
  });
});
