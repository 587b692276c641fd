import { describe, expect, it } from 'vitest';
import { roleExpectationSchema } from '@shared/schemas/expectations';
import { DEFAULT_ROLE_EXPECTATIONS, createRoleExpectation, defaultRoleExpectations, findExpectation, resolveTargets } from './expectations';

const ae = findExpectation(DEFAULT_ROLE_EXPECTATIONS, 'AE');

describe('default expectations', () => {
  it('ship SDR, AE and AM, valid, labelled as defaults', () => {
    expect(DEFAULT_ROLE_EXPECTATIONS.map((e) => e.role)).toEqual(['SDR', 'AE', 'AM']);
    for (const e of DEFAULT_ROLE_EXPECTATIONS) {
      expect(roleExpectationSchema.safeParse(e).success).toBe(true);
      expect(e.isDefault).toBe(true);
      expect(e.label).toMatch(/default/);
    }
  });
  it('are internally consistent: opportunities × win rate × deal size = quota; coverage ≥ 1 ÷ win rate', () => {
    for (const e of DEFAULT_ROLE_EXPECTATIONS) {
      const t = e.targets;
      if (t.quota === null) continue;
      expect((t.opportunitiesCreated ?? 0) * (t.winRate ?? 0) * (t.avgDealSize ?? 0)).toBeCloseTo(t.quota);
      expect(t.pipelineCoverage ?? 0).toBeGreaterThanOrEqual(1 / (t.winRate ?? 1) - 1e-9);
    }
  });
  it('hands out editable copies', () => {
    const copy = defaultRoleExpectations();
    copy[0]!.targets.calls = 1;
    expect(DEFAULT_ROLE_EXPECTATIONS[0]?.targets.calls).toBe(1000);
  });
  it('finds roles case- and space-insensitively; custom roles start empty', () => {
    expect(findExpectation(DEFAULT_ROLE_EXPECTATIONS, ' ae ')?.id).toBe('default-ae');
    const custom = createRoleExpectation({ id: 'x', role: 'Channel', label: 'Channel manager', updatedAt: '2026-01-01T00:00:00Z' });
    expect(roleExpectationSchema.safeParse(custom).success).toBe(true);
    expect(findExpectation([...DEFAULT_ROLE_EXPECTATIONS, custom], 'channel')?.targets.quota).toBeNull();
  });
});

describe('resolveTargets', () => {
  const rep = (startDate: string | null, targetOverrides = null as null | Record<string, number>) => ({ startDate, targetOverrides });
  it('ramps volume targets by month of tenure, not rates', () => {
    const months = ['2026-08', '2026-09', '2026-10', '2026-11'].map((p) => resolveTargets(rep('2026-08-20'), ae, p));
    expect(months.map((m) => m.rampShare)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(months.map((m) => m.targets.quota)).toEqual([12_500, 25_000, 37_500, 50_000]);
    expect(months.map((m) => m.targets.winRate)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(months.map((m) => m.tenureMonth)).toEqual([1, 2, 3, 4]);
    expect(months[3]?.inRamp).toBe(false);
  });
  it('adapts monthly targets to quarters (mean ramp share) and weeks', () => {
    const q = resolveTargets(rep('2026-07-01'), ae, '2026-Q3');
    expect(q.rampShare).toBeCloseTo(0.5);
    expect(q.targets.meetingsHeld).toBeCloseTo(40 * 3 * 0.5);
    expect(q.fullTargets.quota).toBe(150_000);
    const w = resolveTargets(rep('2020-01-01'), ae, '2026-W10');
    expect(w.targets.calls).toBeCloseTo((400 * 12) / 52);
    expect(w.targets.maxCycleDays).toBe(45);
  });
  it('applies per-rep overrides, still ramped', () => {
    const t = resolveTargets(rep('2026-09-01', { quota: 30_000, winRate: 0.3 }), ae, '2026-09');
    expect(t.targets.quota).toBe(7_500); // month 1 of tenure: 25%
    expect(t.targets.winRate).toBe(0.3);
    expect(t.source.quota).toBe('override');
    expect(t.source.calls).toBe('role');
  });
  it('without a start date or an expectation: no ramp, no targets', () => {
    expect(resolveTargets(rep(null), ae, '2026-10').rampShare).toBe(1);
    const none = resolveTargets(rep(null), null, '2026-10');
    expect(none.targets.quota).toBeNull();
    expect(none.source.quota).toBeNull();
  });
  it('periods before the start date take the first ramp month and say so', () => {
    const t = resolveTargets(rep('2026-10-01'), ae, '2026-08');
    expect(t.beforeStart).toBe(true);
    expect(t.rampShare).toBe(0.25);
  });
});
