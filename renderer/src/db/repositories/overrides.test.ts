import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_EXPECTATIONS, latestOverride } from '@shared/domain/diagnosis';
import { freshDb } from '@tests/helpers/db';
import { applyDefaultExpectations, listAppliedExpectations, listExpectationChoices, resetExpectation, saveExpectation } from './expectations';
import { listOverrides, overrideHistory, saveOverride, withdrawOverride } from './overrides';

let n = 0;
const ids = () => `id-${++n}`;
let t = Date.parse('2026-11-01T09:00:00.000Z');
const clock = () => new Date((t += 60_000));

describe('overrides are a history', () => {
  it('keeps every earlier override; the latest decides; a removal is recorded, not a deletion', async () => {
    const db = freshDb();
    const base = { repId: 'rep-1', period: '2026-10', weakStage: null, obstacle: false };
    const first = await saveOverride(db, { ...base, verdict: 'on-track', reason: 'Territory split in August' }, { ids, clock });
    const second = await saveOverride(
      db,
      { ...base, verdict: 'skill', weakStage: 'deal-size', reason: 'Discounting, on reflection' },
      { ids, clock },
    );
    expect((await overrideHistory(db, 'rep-1', '2026-10')).map((o) => o.id)).toEqual([second.id, first.id]);
    expect(latestOverride(await listOverrides(db), 'rep-1', '2026-10')?.id).toBe(second.id);
    expect(second.weakStage).toBe('deal-size');

    await withdrawOverride(db, second.id, { clock });
    const all = await listOverrides(db);
    expect(all).toHaveLength(2);
    expect(all.find((o) => o.id === second.id)?.withdrawnAt).toBeTruthy();
    // Withdrawn: no override applies (the earlier one does not come back).
    expect(latestOverride(all, 'rep-1', '2026-10')).toBeNull();
  });

  it('refuses an override without a reason and stores nothing', async () => {
    const db = freshDb();
    await expect(
      saveOverride(db, { repId: 'rep-1', period: '2026-10', verdict: 'effort', weakStage: null, obstacle: false, reason: ' ' }, { ids, clock }),
    ).rejects.toThrow();
    expect(await db.overrides.count()).toBe(0);
  });
});

describe('expectations apply only when the manager says so', () => {
  it('offers the defaults, applies the chosen roles as labelled defaults, leaves edited roles alone, restores and stops', async () => {
    const db = freshDb();
    const defaults = DEFAULT_ROLE_EXPECTATIONS.map((e) => ({ ...e, targets: { ...e.targets }, ramp: [...e.ramp] }));
    expect(await listAppliedExpectations(db)).toEqual([]);
    expect((await listExpectationChoices(db, defaults)).every((c) => !c.applied)).toBe(true);

    await saveExpectation(
      db,
      { role: 'AM', label: 'Account manager', targets: { ...defaults[2]!.targets, quota: 30_000 }, ramp: [] },
      { ids, clock },
    );
    expect(await applyDefaultExpectations(db, defaults, undefined, { clock })).toEqual(['SDR', 'AE']);
    const applied = await listAppliedExpectations(db);
    expect(applied.map((e) => [e.role, e.isDefault, e.targets.quota]).sort()).toEqual([
      ['AE', true, 50_000],
      ['AM', false, 30_000],
      ['SDR', true, null],
    ]);
    await resetExpectation(db, 'AM', defaults);
    expect((await db.expectations.where('role').equals('AM').first())?.targets.quota).toBe(40_000);
  });
});
