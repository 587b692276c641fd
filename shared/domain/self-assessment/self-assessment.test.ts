import { describe, expect, it } from 'vitest';
import { emptyMetricValues } from '@shared/schemas/metrics';
import { askableMetrics, estimateGaps, gapQuestions, gapWords, readTypedNumber } from '.';

const EN = { locale: 'en-US', currency: 'USD' };

describe('a number as the rep types it', () => {
  it.each([
    ['42', 42],
    ['1,234', 1234],
    ['1 234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['18,5', 18.5],
    ['18%', 18],
    ['$12,000', 12000],
    [' 7 ', 7],
  ])('reads “%s” as %d', (typed, n) => expect(readTypedNumber(typed)).toBe(n));
  it.each(['about twenty', '', '12 calls', '1,2,3', '-', '..'])('refuses “%s”', (typed) => expect(readTypedNumber(typed)).toBeNull());
});

describe('the metrics a rep is asked to estimate', () => {
  it('are those the data holds for the period, never the quota', () => {
    const values = { ...emptyMetricValues(), quota: 40000, calls: 60, winRate: 0.25, cohortWon: 3 };
    expect(askableMetrics(values)).toEqual(['calls', 'winRate']);
    expect(askableMetrics(null)).toEqual([]);
  });
});

describe('each estimate beside the data', () => {
  const values = { ...emptyMetricValues(), calls: 60, winRate: 0.2, cycleDaysMedian: 40, dealsWon: 0 };
  const gaps = estimateGaps({ calls: 80, winRate: 0.15, cycleDaysMedian: 30, emails: 10, dealsWon: 2 }, values);
  const gap = (k: string) => gaps.find((g) => g.metric === k)!;

  it('says over or under, by how much and as a share of the actual', () => {
    expect(gap('calls')).toMatchObject({ difference: 20, reading: 'over', flattering: true });
    expect(gapWords(gap('calls'), EN)).toBe('20 more (33% over)');
    expect(gap('winRate').reading).toBe('under');
    expect(gapWords(gap('winRate'), EN)).toBe('5 points lower (25% under)');
  });
  it('counts a shorter cycle than the data as flattering (lower is better there)', () => {
    expect(gap('cycleDaysMedian')).toMatchObject({ reading: 'under', flattering: true });
  });
  it('has no share against an actual of zero, and no comparison where the data holds nothing', () => {
    expect(gap('dealsWon')).toMatchObject({ difference: 2, share: null, reading: 'over' });
    expect(gap('emails')).toMatchObject({ actual: null, reading: 'no-data' });
  });
  it('turns the gaps into facts and questions, the largest first, with the period named', () => {
    const q = gapQuestions(gaps, 'Ana Ruiz', '2026-11', EN);
    expect(q.map((x) => x.metric)).toEqual(['calls', 'winRate', 'cycleDaysMedian', 'dealsWon']);
    expect(q[0]!.fact).toBe('Ana Ruiz estimated calls in Nov 2026 at 80; the data shows 60: 20 more (33% over).');
    expect(q[1]!.question).toContain('went better than it felt');
  });
});
