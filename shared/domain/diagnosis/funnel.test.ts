import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FactorBench, FunnelInput } from './funnel';
import { decomposeFunnel } from './funnel';
import type { TermKey } from './types';

const fb = (expectation: number | null, teamMedian: number | null = null): FactorBench => ({
  expectation,
  teamQ1: null,
  teamMedian,
  teamQ3: null,
  teamSize: teamMedian === null ? 0 : 5,
});
const BENCH: Record<TermKey, FactorBench> = { effort: fb(40), meetingToOpportunity: fb(0.5), opportunityToWin: fb(0.25), dealSize: fb(10_000) };
const base = (over: Partial<FunnelInput> = {}): FunnelInput => ({
  signal: 'meetingsHeld',
  scope: 'revenue',
  effort: 40,
  opportunities: 20,
  wins: 5,
  revenue: 50_000,
  bench: BENCH,
  gapThreshold: 0.2,
  ...over,
});
const term = (d: ReturnType<typeof decomposeFunnel>, k: TermKey) => d.terms.find((t) => t.key === k)!;

describe('funnel decomposition', () => {
  it('is zero everywhere at the benchmark', () => {
    const d = decomposeFunnel(base());
    expect(d.identityHolds).toBe(true);
    expect(d.totalLogRatio).toBeCloseTo(0, 12);
    expect(d.terms.map((t) => t.inGap)).toEqual([false, false, false, false]);
    expect(d.benchmarkOutcome).toBe(50_000);
  });
  it('splits a shortfall into its terms and shares', () => {
    // Half the meetings, same conversion; deal size 8,000.
    const d = decomposeFunnel(base({ effort: 20, opportunities: 10, wins: 2.5, revenue: 20_000 }));
    expect(term(d, 'effort').logRatio).toBeCloseTo(Math.log(0.5));
    expect(term(d, 'dealSize').logRatio).toBeCloseTo(Math.log(0.8));
    expect(d.totalLogRatio).toBeCloseTo(Math.log(0.4));
    expect(term(d, 'effort').inGap).toBe(true);
    expect(term(d, 'dealSize').inGap).toBe(false); // exactly 20% below is not "more than" 20%
    const shares = d.terms.map((t) => t.shareOfShortfall ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(term(d, 'effort').shareOfShortfall).toBeCloseTo(Math.log(0.5) / Math.log(0.4));
  });
  it('reports zero wins as "no wins", never as a number, and marks deal size not computable', () => {
    const d = decomposeFunnel(base({ wins: 0, revenue: 0 }));
    const w = term(d, 'opportunityToWin');
    expect(w.status).toBe('zero');
    expect(w.logRatio).toBeNull();
    expect(w.inGap).toBe(true);
    expect(w.note).toMatch(/No wins: 0 of 20/);
    expect(w.shareOfShortfall).toBe(1);
    expect(term(d, 'dealSize').status).toBe('not-computable');
    expect(d.totalStatus).toBe('zero');
    expect(d.notComputable).toEqual(['dealSize']);
    expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
  });
  it('zero meetings: effort is zero, conversion cannot be computed', () => {
    const d = decomposeFunnel(base({ effort: 0, opportunities: 0, wins: 0, revenue: 0 }));
    expect(term(d, 'effort').status).toBe('zero');
    expect(term(d, 'meetingToOpportunity').status).toBe('not-computable');
    expect(term(d, 'opportunityToWin').status).toBe('not-computable');
  });
  it('calls and emails stand in for meetings, and say so', () => {
    const d = decomposeFunnel(base({ signal: 'activities', effort: 1000, bench: { ...BENCH, effort: fb(1000), meetingToOpportunity: fb(0.02) } }));
    expect(d.notes.join(' ')).toMatch(/calls and emails stand in/);
    expect(term(d, 'meetingToOpportunity').label).toBe('Activity → opportunity');
    expect(d.identityHolds).toBe(true);
  });
  it('deals-only data: opportunities are the effort signal; meeting → opportunity cannot be computed; the identity holds over three terms', () => {
    const d = decomposeFunnel(
      base({ signal: 'opportunitiesCreated', effort: 10, opportunities: 10, wins: 2, revenue: 18_000, bench: { ...BENCH, effort: fb(20) } }),
    );
    expect(term(d, 'meetingToOpportunity').status).toBe('not-computable');
    expect(d.notComputable).toEqual(['meetingToOpportunity']);
    expect(d.identityHolds).toBe(true);
    const sum = d.terms.reduce((a, t) => a + (t.logRatio ?? 0), 0);
    expect(sum).toBeCloseTo(d.totalLogRatio ?? NaN, 12);
    expect(d.notes.join(' ')).toMatch(/Only opportunity-level data/);
  });
  it('SDR scope ends at opportunities created', () => {
    const d = decomposeFunnel(
      base({
        scope: 'opportunities',
        revenue: null,
        wins: null,
        opportunities: 6,
        effort: 24,
        bench: { ...BENCH, effort: fb(24), meetingToOpportunity: fb(0.5) },
      }),
    );
    expect(term(d, 'opportunityToWin').status).toBe('out-of-scope');
    expect(d.totalLogRatio).toBeCloseTo(Math.log(0.5));
    expect(d.identityHolds).toBe(true);
  });
  it('falls back to the team median where no expectation is set, and to no benchmark where neither exists', () => {
    const d = decomposeFunnel(
      base({ bench: { effort: fb(null, 30), meetingToOpportunity: fb(0, 0.4), opportunityToWin: fb(null), dealSize: fb(10_000) } }),
    );
    expect(term(d, 'effort').benchmarkSource).toBe('team-median');
    expect(term(d, 'meetingToOpportunity').benchmark).toBe(0.4);
    expect(term(d, 'opportunityToWin').status).toBe('no-benchmark');
    expect(d.benchmarkOutcome).toBeNull();
  });

  it('property: the terms sum to the total log-ratio (within 1e-9) whenever every factor is positive', () => {
    const pos = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        pos,
        fc.tuple(pos, pos, pos, pos),
        (E, c, w, deal, [be, bc, bw, bd]) => {
          const O = E * c;
          const W = O * w;
          const d = decomposeFunnel(
            base({
              effort: E,
              opportunities: O,
              wins: W,
              revenue: W * deal,
              bench: { effort: fb(be), meetingToOpportunity: fb(bc), opportunityToWin: fb(bw), dealSize: fb(bd) },
            }),
          );
          expect(d.identityHolds).toBe(true);
          const sum = d.terms.reduce((a, t) => a + (t.logRatio ?? 0), 0);
          expect(Math.abs(sum - (d.totalLogRatio ?? NaN))).toBeLessThan(1e-9);
        },
      ),
    );
  });
  it('property: never NaN or Infinity in the output, whatever the counts', () => {
    const n = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e7, noNaN: true })), { nil: null });
    fc.assert(
      fc.property(
        n,
        n,
        n,
        n,
        fc.constantFrom('meetingsHeld' as const, 'activities' as const, 'opportunitiesCreated' as const),
        (E, O, W, R, signal) => {
          const d = decomposeFunnel(base({ signal, effort: signal === 'opportunitiesCreated' ? O : E, opportunities: O, wins: W, revenue: R }));
          expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
          for (const t of d.terms) if (t.logRatio !== null) expect(Number.isFinite(t.logRatio)).toBe(true);
        },
      ),
    );
  });
});
