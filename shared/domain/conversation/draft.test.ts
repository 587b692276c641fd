import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationDraft, ConversationInput, ConversationMetric } from '@shared/schemas/conversation';
import { conversationDraftSchema, conversationInputSchema } from '@shared/schemas/conversation';
import { loadConversationBanks } from './banks';
import { coachWording } from './coach';
import { draftConversation } from './draft';
import { fillTemplate } from './talking-points';
import { formatGap, formatValue, metricGap } from './format';

const banks = loadConversationBanks();

const m = (
  key: string,
  label: string,
  value: number | null,
  benchmark: number | null,
  unit: ConversationMetric['unit'] = 'count',
  source: ConversationMetric['benchmarkSource'] = 'expectation',
): ConversationMetric => ({
  key,
  label,
  value,
  benchmark,
  benchmarkSource: benchmark === null ? null : source,
  unit,
});

/** A skill gap at opportunity → win: activity at standard, conversion to wins well short. */
const SKILL: ConversationInput = {
  repName: 'Dana Kim',
  roleLabel: 'AE',
  periodLabel: 'October',
  verdict: 'skill',
  weakStage: 'opportunity-to-win',
  focusAreas: [],
  metrics: [
    m('meetingsHeld', 'Meetings held', 17, 16),
    m('conversionHeld', 'Meeting held → opportunity', 0.52, 0.5, 'rate', 'team-median'),
    m('winPerOpportunity', 'Opportunity → win', 0.14, 0.3, 'rate', 'team-median'),
    m('revenueWon', 'Won revenue', 38_500, 60_000, 'money'),
    m('cycleDaysMedian', 'Cycle days (median)', 34, 30, 'days', 'team-median'),
  ],
  evidence: [],
  obstacles: [],
  systemSigns: [],
};

/** An effort gap: meetings and calls well short, conversion fine. */
const EFFORT: ConversationInput = {
  ...SKILL,
  repName: 'Lee Park',
  verdict: 'effort',
  weakStage: 'prospecting',
  metrics: [
    m('meetingsHeld', 'Meetings held', 9, 16),
    m('calls', 'Calls', 180, 300),
    m('emails', 'Emails', 410, 400),
    m('winPerOpportunity', 'Opportunity → win', 0.31, 0.3, 'rate', 'team-median'),
    m('revenueWon', 'Won revenue', 33_000, 60_000, 'money'),
  ],
};

const texts = (d: ConversationDraft) => [
  d.opening,
  d.consequences,
  ...d.talkingPoints.map((t) => t.text),
  ...d.questions.map((q) => q.text),
  ...d.pushback.map((p) => p.approach),
  ...d.support.map((s) => s.text),
  ...d.reminders,
];

describe('draftConversation: one diagnosis, the right plan', () => {
  const skill = draftConversation(SKILL, banks);
  const effort = draftConversation(EFFORT, banks);

  it('the draft matches its schema', () => {
    expect(conversationDraftSchema.parse(skill)).toEqual(skill);
    expect(conversationInputSchema.parse(SKILL)).toEqual(SKILL);
  });

  it('skill gap: acknowledges the activity first, then the weak stage with its numbers', () => {
    expect(skill.talkingPoints.map((t) => [t.kind, t.metricKey])).toEqual([
      ['acknowledge', 'meetingsHeld'],
      ['behaviour', 'winPerOpportunity'],
      ['result', 'revenueWon'],
    ]);
    // Cycle days 13% over the team median are within the 20% gap threshold: not a gap, not talked about as one.
    expect(skill.talkingPoints.some((t) => t.metricKey === 'cycleDaysMedian')).toBe(false);
    expect(skill.talkingPoints[1]?.text).toBe(
      'Opportunity → win in October: 14%, against the team median of 30% (53% below). The opportunities are there; fewer of them close, which points at how deals are moved forward after the proposal.',
    );
    expect(skill.talkingPoints[2]?.text).toContain('Won revenue in October: 38,500, against the expectation of 60,000 (36% below)');
  });

  it("every drafted line names where its benchmark comes from: the role target, the rep's own, or the team median", () => {
    const named: ConversationInput = {
      ...SKILL,
      periodLabel: 'Aug to Oct 2017',
      metrics: [
        { ...m('meetingsHeld', 'Meetings held', 17, 16), benchmarkOrigin: 'role', rampAdjusted: true },
        { ...m('winPerOpportunity', 'Opportunity → win', 0.14, 0.3, 'rate', 'team-median'), benchmarkOrigin: 'team-median' },
        { ...m('revenueWon', 'Won revenue', 38_500, 60_000, 'money'), benchmarkOrigin: 'rep' },
      ],
    };
    const d = draftConversation(named, banks);
    const point = (k: string) => d.talkingPoints.find((t) => t.metricKey === k);
    expect(point('meetingsHeld')?.text).toContain('Meetings held in Aug to Oct 2017: 17, at or above the AE target (ramp-adjusted) of 16.');
    expect(point('winPerOpportunity')?.text).toContain('14%, against the team median of 30% (53% below)');
    // Said to the rep: "your own target"; the manager's why line: "the rep's own target".
    expect(point('revenueWon')?.text).toContain('Won revenue in Aug to Oct 2017: 38,500, against your own target of 60,000 (36% below)');
    expect(point('revenueWon')?.why).toBe("Won revenue is 36% below the rep's own target, more than your 20% gap threshold.");
    expect(d.pushback.find((p) => p.id === 'about-to-close')?.approach).toContain(
      "Won revenue in Aug to Oct 2017: 38,500 against the rep's own target of 60,000 (36% below).",
    );
    expect(texts(d).join(' ')).not.toMatch(/the expectation/);
  });

  it('skill gap: questions probe the stage, development and role-play for it, fortnightly check-ins', () => {
    expect(skill.questions.map((q) => q.text)).toContain('Walk me through the last deal you lost at proposal. Where did it turn?');
    expect(skill.questions.some((q) => q.gap === 'effort')).toBe(false);
    expect(skill.development.map((d) => d.skill)).toEqual(['Advancing and closing deals after the proposal']);
    expect(skill.support.map((s) => s.kind)).toEqual(expect.arrayContaining(['coaching', 'role-play', 'ride-along', 'training']));
    expect(skill.support.find((s) => s.kind === 'role-play')?.text).toMatch(/late-stage/);
    expect(skill.focus).toEqual({ actionPlan: false, developmentPlan: true, supportPlan: false, checkIns: 'fortnightly' });
    expect(skill.activityFloors).toEqual([]);
  });

  it('effort gap: activity points first, activity floors from the benchmarks, weekly check-ins', () => {
    expect(effort.talkingPoints.map((t) => [t.kind, t.metricKey])).toEqual([
      ['acknowledge', 'winPerOpportunity'],
      ['activity', 'meetingsHeld'],
      ['activity', 'calls'],
      ['result', 'revenueWon'],
    ]);
    expect(effort.activityFloors).toEqual([
      { metricKey: 'meetingsHeld', label: 'Meetings held', floor: 16, current: 9 },
      { metricKey: 'calls', label: 'Calls', floor: 300, current: 180 },
    ]);
    expect(effort.focus).toEqual({ actionPlan: true, developmentPlan: false, supportPlan: false, checkIns: 'weekly' });
    expect(effort.development.map((d) => d.skill)).toEqual(['Planning the week around selling time']);
    expect(effort.support[0]?.text).toMatch(/weekly check-in/);
  });

  it('effort gap: questions cover obstacles, time and priorities', () => {
    const ids = effort.questions.map((q) => q.id);
    for (const id of ['effort-obstacles', 'effort-time-week', 'effort-priorities']) expect(ids).toContain(id);
    expect(effort.questions.some((q) => q.gap === 'skill')).toBe(false);
    expect(effort.questions[0]?.text).toBe('How do you see October going, in your own words?');
  });

  it('the two gaps give different content', () => {
    expect(effort.opening).not.toBe(skill.opening);
    expect(effort.consequences).not.toBe(skill.consequences);
    expect(effort.consequences).toMatch(/activity floors/);
    expect(skill.consequences).toMatch(/coaching/);
    expect(effort.reminders).toContain('Be specific about the activity floors: the number, the period, and when you will check.');
    expect(skill.reminders).not.toContain('Be specific about the activity floors: the number, the period, and when you will check.');
  });

  it('mixed: both plans, both kinds of questions, two development entries', () => {
    const d = draftConversation({ ...SKILL, verdict: 'mixed', metrics: [...EFFORT.metrics.slice(0, 2), ...SKILL.metrics.slice(2)] }, banks);
    expect(d.focus).toEqual({ actionPlan: true, developmentPlan: true, supportPlan: false, checkIns: 'weekly' });
    expect(d.development.map((x) => x.skill)).toEqual(['Planning the week around selling time', 'Advancing and closing deals after the proposal']);
    expect(new Set(d.questions.map((q) => q.gap))).toEqual(new Set(['general', 'effort', 'skill']));
    expect(d.talkingPoints.filter((t) => t.kind === 'activity').map((t) => t.metricKey)).toEqual(['meetingsHeld', 'calls']);
  });

  it('a recorded obstacle turns the plan toward support', () => {
    const d = draftConversation({ ...EFFORT, obstacles: ['territory-change'] }, banks);
    expect(d.focus.supportPlan).toBe(true);
    expect(d.support[0]?.text).toMatch(/new territory/);
    expect(d.consequences).toMatch(/^The obstacle comes first/);
    expect(d.opening).toMatch(/what has been getting in your way/);
    expect(d.pushback[0]?.id).toBe('bad-territory');
    expect(d.questions.some((q) => q.gap === 'obstacle')).toBe(true);
    const tooling = draftConversation({ ...SKILL, obstacles: ['tooling', 'leave'] }, banks);
    expect(tooling.support.slice(0, 2).map((s) => s.text)).toEqual([
      expect.stringMatching(/logged with IT/),
      expect.stringMatching(/return plan after leave/),
    ]);
  });

  it('on track: acknowledges two things, no development plan, growth consequences', () => {
    const d = draftConversation(
      {
        ...SKILL,
        verdict: 'on-track',
        weakStage: null,
        metrics: [m('meetingsHeld', 'Meetings held', 18, 16), m('revenueWon', 'Won revenue', 64_000, 60_000, 'money')],
      },
      banks,
    );
    expect(d.talkingPoints.map((t) => t.kind)).toEqual(['acknowledge', 'acknowledge']);
    expect(d.development).toEqual([]);
    expect(d.consequences).toMatch(/no performance concern/);
  });

  it('pushback cites this rep’s numbers, preferring one that is short', () => {
    const territory = draftConversation(EFFORT, banks).pushback.find((p) => p.id === 'bad-territory');
    expect(territory?.approach).toContain('Meetings held in October: 9 against the expectation of 16 (44% below).');
    const price = draftConversation(SKILL, banks).pushback.find((p) => p.id === 'price');
    expect(price?.approach).toContain('Opportunity → win in October: 14% against the team median of 30% (53% below).');
    expect(draftConversation(SKILL, banks).pushback.length).toBeGreaterThanOrEqual(5);
  });

  it('pushback: the likeliest objections first; each answer cites only its own numbers, none for an emotion', () => {
    const d = draftConversation(SKILL, banks);
    // Specific to a skill gap and touching this rep's short numbers, before the universal ones.
    expect(d.pushback.slice(0, 3).map((p) => p.id)).toEqual(['about-to-close', 'quota-unrealistic', 'others-same']);
    expect(d.pushback.findIndex((p) => p.id === 'silence')).toBeGreaterThan(d.pushback.findIndex((p) => p.id === 'price'));
    // Each answer cites a number only where it answers that objection: the territory answer its own (meetings held), never another gap.
    expect(d.pushback.find((p) => p.id === 'bad-territory')?.approach).toContain(
      'Meetings held in October: 17 against the expectation of 16 (6% above).',
    );
    expect(d.pushback.find((p) => p.id === 'bad-territory')?.approach).not.toContain('Opportunity → win');
    // An emotion is not answered with a number.
    for (const id of ['tears', 'anger']) expect(d.pushback.find((p) => p.id === id)?.approach).not.toMatch(/\d/);
    const effort = draftConversation(EFFORT, banks);
    expect(effort.pushback.slice(0, 3).map((p) => p.id)).toEqual(['bad-territory', 'bad-leads', 'admin-load']);
    expect(new Set(effort.pushback.map((p) => p.id)).size).toBe(effort.pushback.length);
  });

  it('"check the system first" signs: the manager’s own part, and a question about the set-up', () => {
    const d = draftConversation({ ...EFFORT, systemSigns: ['quota-above-team', 'some-new-sign'] }, banks);
    expect(d.systemChecks).toEqual([
      { sign: 'quota-above-team', area: 'quota', text: expect.stringMatching(/^This quota is far above/) },
      { sign: 'some-new-sign', area: 'other', text: 'Check the set-up behind the sign "some-new-sign" before the meeting.' },
    ]);
    expect(d.questions.map((q) => q.gap)).toContain('system');
    const plain = draftConversation(EFFORT, banks);
    expect(plain.systemChecks).toEqual([]);
    expect(plain.questions.map((q) => q.gap)).not.toContain('system');
  });

  it('speaks to the rep by first name', () => {
    expect(draftConversation(SKILL, banks).opening).toMatch(/^Thanks for making the time, Dana\./);
    expect(draftConversation(SKILL, banks).reminders).toContain('Talk about what Dana did and what it led to, never about who Dana is as a person.');
  });

  it('without numbers, pushback falls back to an approach with none, and no talking point is made up', () => {
    const d = draftConversation({ ...EFFORT, metrics: [m('meetingsHeld', 'Meetings held', null, 16)] }, banks);
    expect(d.talkingPoints).toEqual([]);
    // An unknown current value is not called short, so no floor is set from it.
    expect(d.activityFloors).toEqual([]);
    const territory = d.pushback.find((p) => p.id === 'bad-territory');
    expect(territory?.approach).toBe(banks.pushback.find((p) => p.id === 'bad-territory')?.approachWithoutNumbers);
    // Known without a benchmark: cited as it is, without a comparison.
    const calls = draftConversation({ ...EFFORT, metrics: [m('calls', 'Calls', 120, null)] }, banks);
    expect(calls.pushback.find((p) => p.id === 'tools-broken')?.approach).toContain('Calls in October: 120.');
    expect(calls.talkingPoints).toEqual([]);
  });

  it('a focus area comes first among the points', () => {
    const slow = SKILL.metrics.map((x) => (x.key === 'cycleDaysMedian' ? { ...x, value: 40 } : x));
    const d = draftConversation({ ...SKILL, metrics: slow, focusAreas: ['Cycle days (median)'] }, banks);
    expect(d.talkingPoints.filter((t) => t.kind !== 'acknowledge')[0]?.metricKey).toBe('cycleDaysMedian');
    const byKey = draftConversation({ ...SKILL, focusAreas: ['revenueWon'] }, banks);
    expect(byKey.talkingPoints.filter((t) => t.kind !== 'acknowledge')[0]?.metricKey).toBe('revenueWon');
  });

  it('talks about a metric as a gap only beyond the manager’s threshold', () => {
    // Cycle days 13% over the median: within 20% (the default), a gap at 10%.
    expect(draftConversation(SKILL, banks).talkingPoints.some((t) => t.metricKey === 'cycleDaysMedian')).toBe(false);
    const strict = draftConversation({ ...SKILL, gapThreshold: 0.1 }, banks);
    expect(strict.talkingPoints.find((t) => t.metricKey === 'cycleDaysMedian')?.why).toBe(
      'Cycle days (median) is 13% above the team median, more than your 10% gap threshold.',
    );
  });

  it('asks nothing about targets nobody set or meetings the data does not hold', () => {
    const dealsOnly = {
      ...EFFORT,
      metrics: [
        m('opportunitiesCreated', 'Opportunities created', 20, 40, 'count', 'team-median'),
        m('closedWinRate', 'Win rate', 0.5, 0.5, 'rate', 'team-median'),
      ],
    };
    const d = draftConversation(dealsOnly, banks);
    const said = [...d.questions.map((q) => q.text), ...d.pushback.map((p) => `${p.objection} ${p.approach}`)].join('\n');
    expect(said).not.toMatch(/quota|against the targets|booking more meetings/i);
    // With a stated expectation and meetings in the data, both come back.
    const withData = draftConversation(EFFORT, banks);
    const back = [...withData.questions.map((q) => q.text), ...withData.pushback.map((p) => p.objection)].join('\n');
    expect(back).toMatch(/against the targets/);
    expect(back).toMatch(/booking more meetings/);
  });

  it('the same quantity under two keys is talked about once', () => {
    const d = draftConversation({ ...SKILL, metrics: [...SKILL.metrics, m('revenue', 'Won revenue', 38_500, 60_000, 'money')] }, banks);
    expect(d.talkingPoints.filter((t) => t.metricKey === 'revenue' || t.metricKey === 'revenueWon')).toHaveLength(1);
  });

  it('numbers follow the locale and currency given', () => {
    const d = draftConversation(SKILL, banks, { locale: 'de-DE', currency: 'EUR' });
    expect(d.talkingPoints.find((t) => t.metricKey === 'revenueWon')?.text).toMatch(/38\.500\s€, against the expectation of 60\.000\s€/);
  });

  it('insufficient data: questions about the data, no floors, no judgement', () => {
    const d = draftConversation({ ...SKILL, verdict: 'insufficient-data', weakStage: null, metrics: [] }, banks);
    expect(d.questions.some((q) => q.gap === 'insufficient-data')).toBe(true);
    expect(d.consequences).toMatch(/No judgement/);
    expect(d.talkingPoints).toEqual([]);
    expect(d.support.map((s) => s.kind)).toEqual(['tools']);
  });

  it('generated text is about behaviours and results: the coach finds nothing to flag', () => {
    for (const input of [SKILL, EFFORT, { ...EFFORT, obstacles: ['lead-quality' as const] }]) {
      const d = draftConversation(input, banks);
      for (const t of texts(d)) expect({ t, flags: coachWording(t, { metrics: input.metrics }).flags.map((f) => f.kind) }).toEqual({ t, flags: [] });
    }
  });
});

const KEYS: [string, string, ConversationMetric['unit']][] = [
  ['meetingsHeld', 'Meetings held', 'count'],
  ['calls', 'Calls', 'count'],
  ['winPerOpportunity', 'Opportunity → win', 'rate'],
  ['conversionHeld', 'Meeting held → opportunity', 'rate'],
  ['revenueWon', 'Won revenue', 'money'],
  ['avgDealSize', 'Average deal size', 'money'],
  ['cycleDaysMedian', 'Cycle days (median)', 'days'],
  ['pipelineCoverage', 'Pipeline coverage', 'ratio'],
  ['complaints', 'Complaints', 'count'],
];
const metricArb = fc.constantFrom(...KEYS).chain(([key, label, unit]) => {
  const num = unit === 'rate' ? fc.double({ min: 0, max: 1, noNaN: true }) : fc.double({ min: 0, max: 250_000, noNaN: true });
  return fc.record({
    key: fc.constant(key),
    label: fc.constant(label),
    value: fc.option(num, { nil: null }),
    benchmark: fc.option(num, { nil: null }),
    unit: fc.constant(unit),
    src: fc.constantFrom('expectation' as const, 'team-median' as const),
  });
});
const inputArb = fc.record({
  verdict: fc.constantFrom('on-track' as const, 'effort' as const, 'skill' as const, 'mixed' as const, 'insufficient-data' as const),
  weakStage: fc.constantFrom(
    null,
    'prospecting' as const,
    'meeting-to-opportunity' as const,
    'opportunity-to-win' as const,
    'deal-size' as const,
    'cycle-length' as const,
  ),
  obstacles: fc.subarray(['territory-change' as const, 'leave' as const, 'lead-quality' as const, 'tooling' as const, 'other' as const], {
    maxLength: 2,
  }),
  metrics: fc.uniqueArray(metricArb, { selector: (x) => x.key, maxLength: 9 }),
});

describe('draftConversation: properties', { timeout: 60_000 }, () => {
  it('never invents a number: every figure in the text is a value, benchmark or gap of an input metric', () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const metrics: ConversationMetric[] = x.metrics.map((a) => ({
          key: a.key,
          label: a.label,
          value: a.value,
          benchmark: a.benchmark,
          benchmarkSource: a.benchmark === null ? null : a.src,
          unit: a.unit,
        }));
        const input: ConversationInput = { ...SKILL, verdict: x.verdict, weakStage: x.weakStage, obstacles: x.obstacles, metrics };
        const d = draftConversation(input, banks);
        const allowed = new Set<string>();
        for (const mm of metrics) {
          for (const v of [mm.value, mm.benchmark]) if (v !== null) for (const n of formatValue(v, mm.unit).match(/\d[\d,.]*/g) ?? []) allowed.add(n);
          for (const n of formatGap(metricGap(mm)).match(/\d[\d,.]*\d|\d/g) ?? []) allowed.add(n);
        }
        for (const t of texts(d)) {
          const figures = t.replace(/[→]/g, ' ').match(/\d[\d,.]*\d|\d/g) ?? [];
          for (const f of figures) expect({ f, t, ok: allowed.has(f) }).toEqual({ f, t, ok: true });
        }
        for (const f of d.activityFloors) expect(metrics.find((mm) => mm.key === f.metricKey)?.benchmark).toBe(f.floor);
        for (const tp of d.talkingPoints) expect(metrics.find((mm) => mm.key === tp.metricKey)?.value).not.toBeNull();
        expect(d.support.length).toBeGreaterThan(0);
        expect(d.opening.length).toBeGreaterThan(0);
        expect(d.consequences.length).toBeGreaterThan(0);
        expect(d.pushback.length).toBeGreaterThanOrEqual(5);
        expect(draftConversation(input, banks)).toEqual(d);
      }),
      { numRuns: 250 },
    );
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder, or returns null when one has no value', () => {
    expect(fillTemplate('{a} and {b}', { a: '1', b: 'two' })).toBe('1 and two');
    expect(fillTemplate('{a} and {b}', { a: '1' })).toBeNull();
    expect(fillTemplate('{a}', { a: '' })).toBeNull();
    expect(fillTemplate('no placeholders', {})).toBe('no placeholders');
  });
});
