import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from './types';
import { makeFormatter } from '@shared/lib/format';
import { trendSummary } from './trend-summary';

const fmt = makeFormatter({ locale: 'en-US', currency: 'USD' });

/** Opportunities created per month: 10 in August … and a last month cut short by the export. */
const point = (period: string, value: number | null, median: number): HistoryPoint =>
  ({ period, metrics: { opportunitiesCreated: { value, expectation: null, teamMedian: median } } }) as unknown as HistoryPoint;

const series = [point('2026-07', 4, 9), point('2026-08', 10, 11), point('2026-09', 12, 12), point('2026-10', 14, 13), point('2026-11', 2, 3)];

const summary = (incomplete: string[]) => trendSummary('Opportunities created', series, 'opportunitiesCreated', 'count', fmt, new Set(incomplete));

describe('trend summary', () => {
  it('names the peer group the median comes from', () => {
    expect(trendSummary('Opportunities created', series, 'opportunitiesCreated', 'count', fmt, new Set(), 'the median of the role AE')).toBe(
      'Jul 2026: 4; Nov 2026: 2 against 3, the median of the role AE.',
    );
  });

  it('leaves out an incomplete first month alone and says so', () => {
    expect(summary(['2026-07'])).toBe(
      'Aug 2026: 10; Nov 2026: 2 against 3, the team median. Jul 2026 looks incomplete and is left out: the line compares complete periods only.',
    );
  });

  it('compares the first and last periods when all are complete', () => {
    expect(summary([])).toBe('Jul 2026: 4; Nov 2026: 2 against 3, the team median.');
  });

  it('never compares an incomplete last period: the last complete one instead, and says so', () => {
    expect(summary(['2026-11'])).toBe(
      'Jul 2026: 4; Oct 2026: 14 against 13, the team median. Nov 2026 looks incomplete and is left out: the line compares complete periods only.',
    );
  });

  it('leaves out an incomplete first period and a two-month tail, naming each', () => {
    expect(summary(['2026-07', '2026-10', '2026-11'])).toBe(
      'Aug 2026: 10; Sep 2026: 12 against 12, the team median. Jul 2026, Oct 2026 and Nov 2026 look incomplete and are left out: the line compares complete periods only.',
    );
  });

  it('an incomplete period in the middle is not an end, and nothing is left out', () => {
    expect(summary(['2026-09'])).toBe('Jul 2026: 4; Nov 2026: 2 against 3, the team median.');
  });

  it('says so when no complete period has a value', () => {
    expect(summary(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'])).toBe(
      'No complete period with opportunities created yet: every one with a value looks incomplete.',
    );
  });
});
