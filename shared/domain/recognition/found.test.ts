// Wins found in a plan's numbers become log entries with the action behind them: a target met
// before its item's deadline is a milestone reached early, one met on or after it a target met.
import { describe, expect, it } from 'vitest';
import type { FoundWin } from '../followup';
import { samplePlan } from '../plan/testing';
import { planWinEntries } from './found';

const NOW = new Date('2026-11-20T09:00:00Z');
const EN = { locale: 'en-US', currency: 'USD' };

function metWin(itemId: string, window: string[]): FoundWin {
  return {
    kind: 'target-met',
    metric: 'winRate',
    label: 'Win rate',
    unit: 'rate',
    before: 0.12,
    after: 0.29,
    mark: 0.27,
    itemId,
    window,
    text: 'Target met: Win rate reached 29% over Nov 2026 against a target of 27% (from 12%).',
  };
}

describe('a win found in a plan', () => {
  it('met before the deadline is a milestone reached early, with the action behind it and the deadline said', async () => {
    const plan = await samplePlan('Farid Haddad', NOW, { status: 'signed' });
    const item = { ...plan.content.actionItems[0]!, deadline: '2027-01-31', action: 'Qualify every deal on budget before the demo.' };
    plan.content.actionItems = [item];
    const [entry] = planWinEntries(plan, [metWin(item.id, ['2026-11'])], '2026-12-10', EN);
    expect(entry).toMatchObject({
      source: 'milestone-early',
      date: '2026-11-30',
      period: '2026-11',
      behaviour: 'Qualify every deal on budget before the demo',
      result: 'Win rate reached 29% over Nov 2026 against a target of 27% (from 12%), before its deadline of Jan 31, 2027.',
      ref: { kind: 'plan', planId: plan.id },
    });
  });

  it('met after the deadline is a target met, dated no later than the day it is measured on', async () => {
    const plan = await samplePlan('Farid Haddad', NOW, { status: 'signed' });
    const item = { ...plan.content.actionItems[0]!, deadline: '2026-11-15' };
    plan.content.actionItems = [item];
    const [entry] = planWinEntries(plan, [metWin(item.id, ['2026-11'])], '2026-11-28', EN);
    expect(entry).toMatchObject({
      source: 'target-met',
      date: '2026-11-28',
      result: 'Win rate reached 29% over Nov 2026 against a target of 27% (from 12%).',
    });
  });
});
