import { describe, expect, it } from 'vitest';
import { planSchema, type FactsSnapshot, type Plan } from '@shared/schemas/plan';
import { sequentialIds } from '@shared/lib/ids';
import { conversationInputFrom } from './conversation';
import { newRevision, transition, TransitionError, allowedTransitions, isReadOnly } from './lifecycle';
import {
  cadenceFor,
  nextCheckIn,
  pickFocusAreas,
  prefillActionItems,
  planCheckInDates,
  planSummaryFor,
  prefillContent,
  PREPARED_OBJECTIONS,
  isTeamMedianNote,
} from './prefill';
import { draftConversation, loadConversationBanks } from '../conversation';
import { diffSnapshots, snapshotFromDiagnosis } from './snapshot';
import { smartCheck } from './smart';
import { planShell, sampleRep } from './testing';

const NOW = new Date('2026-11-20T10:00:00Z');
const START = '2026-11-23';

async function snap(name: string, opts: { roleDefaults?: boolean } = {}): Promise<FactsSnapshot> {
  return snapshotFromDiagnosis(await sampleRep(name, opts), 'month', NOW);
}

function draftPlan(s: FactsSnapshot): Plan {
  const content = prefillContent({ snapshot: s, managerName: 'Sam Lee', start: START, ids: sequentialIds('c'), conversation: null });
  return planSchema.parse({ ...planShell(NOW), snapshot: s, content });
}

describe('facts snapshot', () => {
  it('keeps the rep, verdict, evidence and every metric beside its benchmark and source', async () => {
    const s = await snap('Farid Haddad');
    expect(s).toMatchObject({
      repName: 'Farid Haddad',
      verdict: 'skill',
      weakStage: 'opportunity-to-win',
      period: '2026-10',
      windowPeriods: ['2026-08', '2026-09', '2026-10'],
    });
    // Win rate = won ÷ closed: 6 won of 51 closed in the window, against the AE default of 25%.
    const win = s.metrics.find((m) => m.key === 'closedWinRate');
    expect(win).toMatchObject({ unit: 'rate', benchmark: 0.25, benchmarkSource: 'expectation' });
    expect(win?.value).toBeCloseTo(6 / 51, 10);
    expect(s.evidence.length).toBeGreaterThan(3);
    for (const m of s.metrics) if (m.unit === 'rate' && m.value !== null) expect(m.value).toBeLessThanOrEqual(1);
    // Unknown stays unknown: complaints has no benchmark in the sample data.
    expect(s.metrics.find((m) => m.key === 'complaints')?.benchmark).toBeNull();
    expect(planSchema.shape.snapshot.parse(s)).toEqual(s);
  });

  it('is a copy: changing the diagnosis object afterwards does not change it', async () => {
    const d = structuredClone(await sampleRep('Dev Patel'));
    const s = snapshotFromDiagnosis(d, 'month', NOW);
    d.window.evidence.push('later');
    (d.window.metrics[0] as { value: number | null }).value = 1;
    expect(s.evidence).not.toContain('later');
    expect(s.metrics[0]?.value).not.toBe(1);
  });

  it('diff: nothing for the same data; the metrics, verdict and period that changed otherwise', async () => {
    const a = await snap('Farid Haddad');
    expect(diffSnapshots(a, snapshotFromDiagnosis(await sampleRep('Farid Haddad'), 'month', new Date('2026-12-01T00:00:00Z')))).toEqual([]);
    const b: FactsSnapshot = structuredClone(a);
    b.period = '2026-11';
    b.verdict = 'on-track';
    b.weakStage = null;
    const win = b.metrics.find((m) => m.key === 'closedWinRate');
    if (win) win.value = 0.3;
    b.metrics = b.metrics.filter((m) => m.key !== 'calls');
    b.fingerprint = 'changed';
    const changes = diffSnapshots(a, b);
    expect(changes).toContainEqual({ kind: 'period', label: 'Period', before: '2026-10', after: '2026-11' });
    expect(changes).toContainEqual({ kind: 'verdict', label: 'Diagnosis', before: 'skill (opportunity-to-win)', after: 'on-track' });
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'metric', key: 'closedWinRate', after: 0.3 }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'metric', key: 'calls', after: null }));
    expect(changes.filter((c) => c.kind === 'metric')).toHaveLength(2);
  });
});

describe('prefill: one diagnosis, the right plan', () => {
  it('skill gap (Farid Haddad): focus on conversion, action items from baseline to benchmark, check-ins every two weeks', async () => {
    const s = await snap('Farid Haddad');
    expect(pickFocusAreas(s)).toEqual(['closedWinRate']);
    const c = draftPlan(s).content;
    expect(c.actionItems).toHaveLength(1);
    const [item] = c.actionItems;
    // One set of numbers: the baseline is the window's value the snapshot holds, the target its benchmark.
    const base = s.metrics.find((m) => m.key === 'closedWinRate');
    expect(base).toMatchObject({ value: 6 / 51, benchmark: 0.25, benchmarkSource: 'expectation' });
    expect(item).toMatchObject({
      action: 'Raise win rate (won ÷ closed) from 12% to 25%, the AE target',
      metricKey: 'closedWinRate',
      baseline: 6 / 51,
      target: 0.25,
      deadline: '2027-02-22',
      owner: 'Farid Haddad',
    });
    expect(item && smartCheck(item)).toEqual([]);
    expect(c.checkIns).toEqual({ startDate: START, everyDays: 14, count: 6 });
    expect(c.diagnosis.perFocus).toEqual([{ metricKey: 'closedWinRate', gap: 'skill' }]);
  });

  it('closing pace is timing shown for context: never a focus area, however far below the team it is', async () => {
    const s = await snap('Farid Haddad');
    const pace = s.metrics.find((m) => m.key === 'closingPace');
    expect(pace).toMatchObject({ unit: 'ratio', benchmarkSource: 'team-median' });
    if (pace) pace.gap = -0.9;
    expect(pickFocusAreas(s)).toEqual(['closedWinRate']);
  });

  it('effort gap (Dev Patel): activity floors as action items and weekly check-ins', async () => {
    const s = await snap('Dev Patel');
    const c = draftPlan(s).content;
    // Meetings held and booked are one family: held speaks for both. Counts are the window's totals, said so.
    expect(c.focusAreas).toEqual(['meetingsHeld', 'calls', 'opportunitiesCreated']);
    expect(c.actionItems.map((a) => a.action)).toEqual([
      'Raise meetings held from 76 to 120 per 3 months, the AE target',
      'Raise calls from 779 to 1,200 per 3 months, the AE target',
      'Raise opportunities created from 40 to 60 per 3 months, the AE target',
    ]);
    for (const a of c.actionItems) expect(a.baseline).toBe(s.metrics.find((m) => m.key === a.metricKey)?.value);
    expect(c.checkIns.everyDays).toBe(7);
    expect(c.diagnosis.perFocus.every((f) => f.gap === 'effort')).toBe(true);
    expect(planCheckInDates(c)).toHaveLength(12);
    expect(nextCheckIn(c, '2026-12-01')).toBe('2026-12-07');
  });

  it('mixed gap (Hugo Silva): both conversion and activity among the focus areas', async () => {
    const c = draftPlan(await snap('Hugo Silva')).content;
    const gaps = new Set(c.diagnosis.perFocus.map((f) => f.gap));
    expect(gaps).toEqual(new Set(['effort', 'skill']));
    expect(c.focusAreas.filter((k) => ['winPerOpportunity', 'closedWinRate', 'winRate'].includes(k))).toEqual(['closedWinRate']);
    expect(cadenceFor('mixed').everyDays).toBe(7);
  });

  it('a check-the-system sign (Jonas Berg) appears as a line for the manager’s own part', async () => {
    const c = draftPlan(await snap('Jonas Berg')).content;
    expect(c.diagnosis.systemFixes.map((f) => f.sign)).toEqual(['All activity dropped to near zero']);
  });

  it('expectations list each stated standard once, with its number', async () => {
    const c = draftPlan(await snap('Dev Patel')).content;
    const labels = c.expectations.map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
    // The AE default of 40 meetings held a month, over the three months of the window.
    expect(c.expectations.find((e) => e.metricKey === 'meetingsHeld')?.target).toBe(120);
    expect(labels).not.toContain('Quota (in the data)');
    expect(c.expectations.every((e) => e.target !== null)).toBe(true);
    // One win rate, the one measured: won ÷ closed at the AE default, not won ÷ created beside it.
    expect(c.expectations.filter((e) => e.metricKey?.toLowerCase().includes('win')).map((e) => [e.metricKey, e.target])).toEqual([
      ['closedWinRate', 0.25],
    ]);
    expect(c.expectations.find((e) => e.metricKey === 'meetingsHeld')?.note).toBe('AE target over Aug to Oct 2026, in total for the 3 months');
    expect(c.expectations.find((e) => e.metricKey === 'closedWinRate')?.note).toBe('AE target over Aug to Oct 2026');
  });

  it('before the manager applies any targets: team medians, labelled as such, never an invented number', async () => {
    const dev = await snap('Dev Patel', { roleDefaults: false });
    expect(dev.verdict).toBe('effort');
    // The quota came in the file; nothing else is stated.
    expect(dev.metrics.filter((m) => m.expectation !== null).map((m) => m.key)).toEqual(['effectiveQuota', 'revenue']);
    const c = draftPlan(dev).content;
    expect(c.focusAreas).toEqual(['calls', 'meetingsHeld']);
    const calls = dev.metrics.find((m) => m.key === 'calls');
    expect(calls).toMatchObject({ value: 779, benchmarkSource: 'team-median' });
    const median = calls?.teamMedian ?? NaN;
    const n = (x: number) => new Intl.NumberFormat('en-US').format(x);
    // The target is the team median as people write it (a whole number of calls, rounded up), over the same 3 months.
    expect(c.actionItems.find((a) => a.metricKey === 'calls')).toMatchObject({
      action: `Raise calls from 779 to ${n(Math.ceil(median))} per 3 months, the median of the role AE`,
      baseline: 779,
      target: Math.ceil(median),
    });
    // The file's quota as it stands; then only the focus areas, each at its team median over the window and saying so.
    const over = 'over Aug to Oct 2026, in total for the 3 months';
    expect(c.expectations.map((e) => [e.metricKey, e.target, e.note])).toEqual([
      ['revenue', dev.metrics.find((m) => m.key === 'revenue')?.expectation, `Rep's quota in the imported data ${over}`],
      ...c.focusAreas.map((k) => [k, dev.metrics.find((m) => m.key === k)?.teamMedian, `Median of the role AE ${over}: no target set yet`]),
    ]);
    expect(c.expectations.slice(1).every((e) => isTeamMedianNote(e.note))).toBe(true);
    const farid = draftPlan(await snap('Farid Haddad', { roleDefaults: false })).content;
    expect(farid.focusAreas).toEqual(['closedWinRate']);
    expect(farid.actionItems[0]?.action).toMatch(/^Raise win rate \(won ÷ closed\) from 12% to \d+%, the median of the role AE$/);
  });

  it('a metric without a benchmark keeps an empty target: the SMART check asks for one', async () => {
    const s = await snap('Dev Patel');
    for (const m of s.metrics) if (m.key === 'meetingsHeld') m.benchmark = null;
    // Without a benchmark it is no gap, so never a focus area by itself; the manager can still choose it.
    expect(pickFocusAreas(s)).not.toContain('meetingsHeld');
    const [item] = prefillActionItems(s, ['meetingsHeld'], START, sequentialIds());
    expect(item?.target).toBeNull();
    expect(item && smartCheck(item)).toContain('target');
  });

  it('takes the conversation draft as it is', async () => {
    const s = await snap('Farid Haddad');
    const c = prefillContent({
      snapshot: s,
      managerName: 'Sam',
      start: START,
      ids: sequentialIds(),
      conversation: {
        talkingPoints: [{ id: 't', text: 'Point', metricKey: 'closedWinRate', kind: 'result', why: 'A gap.' }],
        questions: [{ id: 'q', text: 'Walk me through the last deal you lost.', gap: 'skill', why: 'The weak stage.' }],
        pushback: [
          { id: 'bad-leads', objection: 'Bad leads', repLine: 'My leads are bad.', approach: 'Look at the numbers together.', why: 'Often heard.' },
        ],
        consequences: 'Plainly stated.',
        support: [{ kind: 'role-play', text: 'Weekly role-play' }],
        development: [{ skill: 'Closing', activities: ['Role-play'], resources: ['Guide'] }],
        reminders: ['Stay calm'],
        opening: 'Thanks for making time.',
        focus: { actionPlan: false, developmentPlan: true, supportPlan: false, checkIns: 'fortnightly' },
        activityFloors: [],
        systemChecks: [],
      },
    });
    expect(c.pushback[0]).toMatchObject({ id: 'bad-leads', repLine: 'My leads are bad.', included: true, own: false });
    expect(c.development[0]).toMatchObject({ skill: 'Closing', reviewDate: '2027-01-22' });
    expect(c.opening).toBe('Thanks for making time.');
  });

  it('with the conversation engine: a skill gap and an effort gap get different conversations', async () => {
    const banks = loadConversationBanks();
    const draftFor = async (name: string) => {
      const s = await snap(name);
      const base = prefillContent({ snapshot: s, managerName: '', start: START, ids: sequentialIds(), conversation: null });
      return prefillContent({
        snapshot: s,
        managerName: '',
        start: START,
        ids: sequentialIds(),
        conversation: draftConversation(conversationInputFrom(s, base), banks),
      });
    };
    const farid = await draftFor('Farid Haddad');
    const dev = await draftFor('Dev Patel');
    expect(farid.questions.map((q) => q.text)).toContain('Walk me through the last deal you lost at proposal. Where did it turn?');
    expect(dev.questions.map((q) => q.text).join(' ')).toMatch(/booking more meetings/);
    expect(farid.checkIns.everyDays).toBe(14);
    expect(dev.checkIns.everyDays).toBe(7);
    expect(farid.support.map((x) => x.kind)).toContain('role-play');
    expect(farid.talkingPoints.some((t) => t.metricKey === 'closedWinRate' && t.text.includes('12%, against the AE target of 25%'))).toBe(true);
    expect(farid.pushback.filter((p) => p.included)).toHaveLength(Math.min(PREPARED_OBJECTIONS, farid.pushback.length));
    expect(farid.pushback.length).toBeGreaterThan(PREPARED_OBJECTIONS);
  });

  it('conversation input carries the manager’s diagnosis and recorded obstacles', async () => {
    const s = await snap('Farid Haddad');
    const c = draftPlan(s).content;
    c.diagnosis.verdict = 'mixed';
    c.diagnosis.obstacles = [
      { id: 'o', kind: 'lead-quality', note: 'Leads from the new campaign' },
      { id: 'o2', kind: 'lead-quality', note: 'again' },
    ];
    const input = conversationInputFrom(s, c);
    expect(input).toMatchObject({
      repName: 'Farid Haddad',
      verdict: 'mixed',
      periodLabel: 'Aug to Oct 2026',
      obstacles: ['lead-quality'],
      focusAreas: ['closedWinRate'],
    });
    expect(input.metrics.length).toBe(s.metrics.length);
  });
});

describe('lifecycle', () => {
  it('draft → ready → held → signed → closed, with what was signed frozen', async () => {
    let p = draftPlan(await snap('Farid Haddad'));
    p = transition(p, 'ready', NOW);
    p = transition(p, 'held', NOW);
    p = transition(p, 'signed', NOW);
    expect(isReadOnly(p)).toBe(true);
    expect(p.signed).toHaveLength(1);
    expect(p.signed[0]?.content).toEqual(p.content);
    expect(p.signed[0]?.content).not.toBe(p.content);
    p = transition(p, 'closed', NOW, 'met');
    expect([p.status, p.outcome]).toEqual(['closed', 'met']);
    expect(p.history.map((h) => h.detail)).toEqual(['ready', 'held', 'signed', 'closed: met']);
    expect(allowedTransitions('closed')).toEqual([]);
  });

  it('refuses skipping steps and closing without an outcome', async () => {
    const p = draftPlan(await snap('Farid Haddad'));
    expect(() => transition(p, 'signed', NOW)).toThrow(TransitionError);
    expect(() => transition(p, 'closed', NOW)).toThrow(/met, escalated or withdrawn/);
  });

  it('a new revision after signing starts a draft and leaves the signed copy untouched', async () => {
    let p = draftPlan(await snap('Farid Haddad'));
    for (const s of ['ready', 'held', 'signed'] as const) p = transition(p, s, NOW);
    const signedCopy = structuredClone(p.signed[0]);
    const r = newRevision(p, NOW);
    expect([r.status, r.revision]).toEqual(['draft', 2]);
    r.content.consequences = 'changed';
    expect(r.signed[0]).toEqual(signedCopy);
    expect(newRevision(r, NOW)).toBe(r); // a draft is edited in place
  });
});

describe('plan summary for a rep list', () => {
  it('shows the latest open plan with its next check-in, else the latest closed one, else nothing', async () => {
    const open = draftPlan(await snap('Dev Patel'));
    const closed = { ...open, id: 'p0', status: 'closed' as const, outcome: 'met' as const, updatedAt: '2026-12-01T00:00:00.000Z' };
    expect(planSummaryFor([closed, open], 'r1', '2026-12-01')).toEqual({ status: 'draft', outcome: null, nextCheckIn: '2026-12-07' });
    expect(planSummaryFor([closed], 'r1', '2026-12-01')).toEqual({ status: 'closed', outcome: 'met', nextCheckIn: null });
    expect(planSummaryFor([open], 'someone-else', '2026-12-01')).toBeNull();
    expect(planSummaryFor([open], 'r1', '2027-12-01')?.nextCheckIn).toBeNull();
  });
});
