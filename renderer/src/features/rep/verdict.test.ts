import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_EXPECTATIONS, diagnoseTeam } from '@shared/domain/diagnosis';
import { funnelMonth, rep, series } from '@shared/domain/diagnosis/testing';
import { makeFormatter } from '@shared/lib/format';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '@shared/schemas';
import { topReasons, verdictSentence } from './verdict';

const fmt = makeFormatter({ locale: 'en-US', currency: 'EUR' });

/** A team at the default AE expectations plus one rep scaled by (activity, meeting→opp, opp→win, deal size). */
function diagnose(a: number, c: number, w: number, d: number) {
  const reps = [rep('x', { name: 'Sam Lee' }), ...['1', '2', '3', '4'].map((id) => rep(id))];
  const periods = [
    ...series('x', '2026-10', 6, () => funnelMonth(a, c, w, d)),
    ...['1', '2', '3', '4'].flatMap((id) => series(id, '2026-10', 6, () => funnelMonth())),
  ];
  const team = diagnoseTeam({ reps, periods, expectations: [...DEFAULT_ROLE_EXPECTATIONS], settings: DEFAULT_DIAGNOSIS_SETTINGS, overrides: [] });
  return team.reps.find((r) => r.repId === 'x')!;
}

describe('verdict sentence', () => {
  it('an effort gap names the activity and its expectation, and says conversion is on par', () => {
    const d = diagnose(0.55, 1, 1, 1);
    expect(d.verdict).toBe('effort');
    const s = verdictSentence(d, fmt);
    expect(s).toBe('In Aug to Oct 2026, Sam Lee held 66 meetings against 120 expected (45% below); conversion after that is on par: an effort gap.');
  });

  it('a skill gap names the weak stage with the rep’s rate and the benchmark', () => {
    const d = diagnose(1, 1, 0.5, 1);
    expect([d.verdict, d.weakStage]).toEqual(['skill', 'opportunity-to-win']);
    const s = verdictSentence(d, fmt);
    expect(s).toMatch(
      /^In Aug to Oct 2026, activity is on par \(held 120 meetings\), but Sam Lee won 13(\.\d)?% of the deals that closed against 25% expected: a skill gap in winning the deals that close\.$/,
    );
  });

  it('on track gives the attainment with the currency', () => {
    const d = diagnose(1.1, 1, 1, 1);
    expect(d.verdict).toBe('on-track');
    expect(verdictSentence(d, fmt)).toBe(
      'Sam Lee is on track in Aug to Oct 2026: 110% of target (€165,000 won against €150,000, the quota in the file).',
    );
  });

  it('both gaps are named together', () => {
    const d = diagnose(0.5, 1, 0.5, 1);
    expect(d.verdict).toBe('mixed');
    expect(verdictSentence(d, fmt)).toMatch(
      /held 60 meetings against 120 expected \(50% below\) and won .* of the deals that closed against 25% expected: both an effort and a skill gap\.$/,
    );
  });
});

describe('top reasons', () => {
  it('at most three, the result first, then the factors in gap', () => {
    const d = diagnose(0.55, 1, 0.5, 1);
    const reasons = topReasons(d, fmt);
    expect(reasons.length).toBeLessThanOrEqual(3);
    expect(reasons[0]).toMatch(/^Result: \d+% of target \(€[\d,]+ won against €150,000, the quota in the file\)\.$/);
    expect(reasons.slice(1).join(' ')).toMatch(/Held 66 meetings against 120 expected/);
    expect(reasons.slice(1).join(' ')).toMatch(/Won .* of the deals that closed/);
  });
});
