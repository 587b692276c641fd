import type { IdSource } from '@shared/lib/ids';
import type { ActionItem, ExpectationItem, FactsSnapshot, Plan, PlanContent, SnapshotMetric } from '@shared/schemas/plan';
import { addDays, checkInDates, milestoneDates, onWorkingDay } from './dates';
import { ACTIVITY_KEYS, formatValue } from './units';
import { inGap } from '../diagnosis/thresholds';
import { benchmarkSourceName, benchmarkSourceOver, familyMembers, familyOf, isFlow, metricFacts, roleOf } from '../metrics';
import { DEFAULT_GAP_THRESHOLD } from '../conversation/fit';
import { improvedTarget } from './targets';
import type { ConversationDraft, ConversationInput } from '@shared/schemas/conversation';
import { conversationInputFrom, snapshotPeriodLabel } from './conversation';
import type { TextFormat } from '@shared/lib/format';

/** The gap threshold a plan judges with: the one in its snapshot (Settings when it was taken), else the default. */
export const gapThresholdOf = (s: Pick<FactsSnapshot, 'gapThreshold'>): number => s.gapThreshold ?? DEFAULT_GAP_THRESHOLD;

/** A metric is in gap when it is more than `threshold` worse than its benchmark: the diagnosis's one rule. */
export function isInGap(m: SnapshotMetric, threshold = DEFAULT_GAP_THRESHOLD): boolean {
  return inGap(m.value, m.benchmark, threshold, m.higherIsBetter) === true;
}

/**
 * The ways a win rate can be measured, the preferred first: won ÷ closed (closedWinRate), else
 * won ÷ created where losses are unknown (winPerOpportunity), else the sheet's own rate.
 */
export const WIN_RATE_KEYS: readonly string[] = familyMembers('win-rate');

/**
 * A metric that would repeat another in a list of standards: one the catalogue marks as a
 * repeat, or a win rate other than the one measured for this rep (the first of WIN_RATE_KEYS
 * with a value; with none, the first).
 */
export function isRepeatedStandard(m: SnapshotMetric, all: readonly SnapshotMetric[]): boolean {
  if (metricFacts(m.key)?.repeats) return true;
  if (!WIN_RATE_KEYS.includes(m.key)) return false;
  const rates = WIN_RATE_KEYS.map((k) => all.find((x) => x.key === k)).filter((x) => x !== undefined);
  const measured = rates.find((x) => x.value !== null) ?? rates[0];
  return measured?.key !== m.key;
}

/** What a rep can work on: activity and conversion (outcomes, targets and timing are never a focus of their own). */
const workable = (key: string) => roleOf(key) === 'activity' || roleOf(key) === 'conversion';

/**
 * Up to three focus areas: the metrics in gap by the plan's threshold, furthest below their
 * benchmark first, activity first for an effort gap and conversion first for a skill gap, one
 * per family (metrics that measure the same thing).
 */
export function pickFocusAreas(s: FactsSnapshot, max = 3): string[] {
  const threshold = gapThresholdOf(s);
  const inGap = s.metrics.filter((m) => workable(m.key) && isInGap(m, threshold));
  const rank = (m: SnapshotMetric) => {
    const activity = ACTIVITY_KEYS.has(m.key);
    const first = s.verdict === 'effort' ? activity : s.verdict === 'skill' ? !activity : true;
    return (first ? 0 : 1) * 10 + (m.higherIsBetter ? (m.gap ?? 0) : -(m.gap ?? 0));
  };
  const out: string[] = [];
  const families = new Set<string>();
  for (const m of [...inGap].sort((a, b) => rank(a) - rank(b))) {
    const f = familyOf(m.key);
    if (families.has(f)) continue;
    families.add(f);
    out.push(m.key);
    if (out.length === max) break;
  }
  return out;
}

/** A metric of the plan's snapshot (plans prepared before one snapshot: their single-period figures as a fallback). */
export function metricOf(s: FactsSnapshot, key: string): SnapshotMetric | undefined {
  return s.metrics.find((m) => m.key === key) ?? s.periodMetrics.find((m) => m.key === key);
}

/** What a team-median figure is called wherever it stands in for a target nobody set. */
export const TEAM_MEDIAN_NOTE = 'Team median: no target set yet';

/** Whether an expectation's note says it stands on a peer median nobody set as a target (plans of every age). */
export const isTeamMedianNote = (note: string): boolean =>
  note === TEAM_MEDIAN_NOTE || ((note.startsWith('Team median over ') || note.startsWith('Median of ')) && note.endsWith(': no target set yet'));

/** Summed over the window (its value is the window's total), as opposed to a rate, average or stock. */
export const isFlowMetric = (m: SnapshotMetric) => (m.basis ?? (isFlow(m.key) ? 'flow' : 'level')) === 'flow';

const KIND_WORDS = { month: ['month', 'months'], quarter: ['quarter', 'quarters'], week: ['week', 'weeks'] } as const;

/** "3 months", "month": the span a window's total covers. */
export function windowSpan(s: Pick<FactsSnapshot, 'windowPeriods' | 'periodKind'>): string {
  const [one, many] = KIND_WORDS[s.periodKind ?? 'month'];
  const n = Math.max(1, s.windowPeriods.length);
  return n === 1 ? one : `${n} ${many}`;
}

/**
 * Where an expectation comes from and what it covers: "Median of the role AE over Aug to Oct 2017,
 * in total for the 3 months: no target set yet" ("Team median over …" in plans that predate the peer group), "AE target (ramp-adjusted) over Aug to Oct 2017",
 * "Rep's own target over Aug to Oct 2017" ("Expectation over …" in plans that predate the origin).
 */
export function expectationSource(s: FactsSnapshot, m: SnapshotMetric, locale?: string): string {
  const period = snapshotPeriodLabel(s, locale);
  const total = isFlowMetric(m) && s.windowPeriods.length > 1 ? `, in total for the ${windowSpan(s)}` : '';
  if (m.expectation === null)
    return `${benchmarkSourceOver({ ...m, benchmarkOrigin: 'team-median' }, s.roleLabel, period)}${total}: no target set yet`;
  return `${benchmarkSourceOver(m, s.roleLabel, period)}${total}`;
}

/**
 * The standards the rep is held to: every metric with a stated (role or rep) expectation. A focus
 * area without one is listed against the team median, labelled as such, so the plan still says
 * what "better" means; nothing else is filled in for the manager.
 */
export function prefillExpectations(s: FactsSnapshot, ids: IdSource, focus: readonly string[] = [], locale?: string): ExpectationItem[] {
  const ms = s.metrics;
  const stated = ms.filter((m) => m.expectation !== null && !isRepeatedStandard(m, ms));
  const median = focus
    .map((k) => ms.find((m) => m.key === k))
    .filter((m): m is SnapshotMetric => m !== undefined && m.expectation === null && m.benchmarkSource === 'team-median' && m.benchmark !== null);
  return [
    ...stated.map((m) => ({
      id: ids(),
      metricKey: m.key,
      label: m.label,
      target: m.expectation,
      unit: m.unit,
      note: expectationSource(s, m, locale),
    })),
    ...median.map((m) => ({ id: ids(), metricKey: m.key, label: m.label, target: m.benchmark, unit: m.unit, note: expectationSource(s, m, locale) })),
  ];
}

/**
 * SMART action items, one per focus area: baseline = the snapshot's value for the metric, target =
 * its benchmark (the expectation, else the team median) rounded as people write it, only where it
 * improves on the baseline in the metric's direction; deadline 90 days out on a working day, owner
 * the rep. Without such a target the item keeps its target empty so the SMART check asks the
 * manager for one; nothing is invented.
 */
export function prefillActionItems(s: FactsSnapshot, focus: readonly string[], start: string, ids: IdSource, format: TextFormat = {}): ActionItem[] {
  const deadline = onWorkingDay(addDays(start, 90));
  const v = (n: number | null, unit: SnapshotMetric['unit']) => formatValue(n, unit, format);
  const period = snapshotPeriodLabel(s, format.locale);
  return focus.flatMap((key) => {
    const m = metricOf(s, key);
    if (!m) return [];
    const target = improvedTarget(m);
    const label = m.label.charAt(0).toLowerCase() + m.label.slice(1);
    const per = isFlowMetric(m) ? ` per ${windowSpan(s)}` : '';
    // The item says whose number the target is: the role's, the rep's own, or a team median nobody set.
    const action =
      target === null
        ? `Improve ${label} (${v(m.value, m.unit)}${per} in ${period})`
        : `${m.higherIsBetter ? 'Raise' : 'Lower'} ${label} from ${v(m.value, m.unit)} to ${v(target, m.unit)}${per}, ${benchmarkSourceName(m, s.roleLabel, 'rep')}`;
    const why = `${m.label} was ${v(m.value, m.unit)} over ${period}, against ${benchmarkSourceName(m, s.roleLabel)} of ${v(m.benchmark, m.unit)}: a focus area.`;
    return [{ id: ids(), action, metricKey: key, baseline: m.value, target, deadline, owner: s.repName, why }];
  });
}

export type PrefillOptions = {
  snapshot: FactsSnapshot;
  managerName: string;
  /** The day the plan starts (usually the meeting date): milestones and check-ins count from it. */
  start: string;
  ids: IdSource;
  conversation: ConversationDraft | null;
  /** How the prefilled text writes numbers and money: the manager's locale and currency (default en-US, no symbol). */
  format?: TextFormat | undefined;
};

/** Effort gaps get weekly check-ins (activity floors need frequent follow-up); others every two weeks. */
export function cadenceFor(verdict: FactsSnapshot['verdict']): { everyDays: number; count: number } {
  return verdict === 'effort' || verdict === 'mixed' ? { everyDays: 7, count: 12 } : { everyDays: 14, count: 6 };
}

/** The most relevant come first; these many are ticked, the rest stay listed unticked. */
export const PREPARED_OBJECTIONS = 6;
export const PREPARED_POINTS = 3;
export const PREPARED_QUESTIONS = 5;

const CADENCES = { weekly: { everyDays: 7, count: 12 }, fortnightly: { everyDays: 14, count: 6 } } as const;

/** Everything the wizard starts from, derived from the snapshot and the conversation draft. */
export function prefillContent({ snapshot: s, managerName, start, ids, conversation: c, format }: PrefillOptions): PlanContent {
  const focusAreas = pickFocusAreas(s);
  const [d30, d60, d90] = milestoneDates(start);
  return {
    managerName,
    focusAreas,
    acknowledgements: '',
    expectations: prefillExpectations(s, ids, focusAreas, format?.locale),
    diagnosis: {
      verdict: s.verdict,
      weakStage: s.weakStage,
      confirmed: false,
      overrideReason: '',
      perFocus: focusAreas.map((metricKey) => ({ metricKey, gap: ACTIVITY_KEYS.has(metricKey) ? 'effort' : 'skill' })),
      obstacles: [],
      systemFixes: c
        ? c.systemChecks.map((x) => ({ id: ids(), sign: x.sign, ownPart: x.text }))
        : s.warnings.filter((w) => w.kind === 'check-system').map((w) => ({ id: ids(), sign: w.title, ownPart: '' })),
    },
    talkingPoints: (c?.talkingPoints ?? []).map((t, i) => ({
      id: ids(),
      text: t.text,
      metricKey: t.metricKey,
      kind: t.kind,
      included: i < PREPARED_POINTS,
      why: t.why,
    })),
    questions: (c?.questions ?? []).map((q, i) => ({ id: ids(), text: q.text, gap: q.gap, included: i < PREPARED_QUESTIONS, why: q.why })),
    pushback: (c?.pushback ?? []).map((p, i) => ({
      id: p.id,
      objection: p.objection,
      repLine: p.repLine,
      approach: p.approach,
      included: i < PREPARED_OBJECTIONS,
      own: false,
      why: p.why,
    })),
    consequences: c?.consequences ?? '',
    support: (c?.support ?? []).map((x) => ({ id: ids(), kind: x.kind, text: x.text })),
    actionItems: prefillActionItems(s, focusAreas, start, ids, format),
    milestones: [
      { id: ids(), date: d30 ?? null, text: 'First review: activity and progress on each action item' },
      { id: ids(), date: d60 ?? null, text: 'Mid-point review: are the targets within reach?' },
      { id: ids(), date: d90 ?? null, text: 'Final review: targets met, or what happens next' },
    ],
    checkIns: { startDate: start, ...(c ? CADENCES[c.focus.checkIns] : cadenceFor(s.verdict)) },
    development: (c?.development ?? []).map((x) => ({
      id: ids(),
      skill: x.skill,
      activities: [...x.activities],
      resources: [...x.resources],
      timeline: 'Over the next 90 days',
      reviewDate: d60 ?? null,
    })),
    reminders: [...(c?.reminders ?? [])],
    opening: c?.opening ?? '',
    rehearsal: [],
    document: { company: '', team: '', hrName: '' },
    meeting: { date: null, time: '', place: '', uninterrupted: true, note: '' },
  };
}

/** The plan's check-in dates, from its cadence. */
export function planCheckInDates(content: PlanContent): string[] {
  const { startDate, everyDays, count } = content.checkIns;
  return startDate ? checkInDates(startDate, everyDays, count) : [];
}

/** The first check-in on or after `today`, or null. */
export function nextCheckIn(content: PlanContent, today: string): string | null {
  return planCheckInDates(content).find((d) => d >= today) ?? null;
}

/**
 * The plan a rep list shows for one rep: the most recently changed open plan (else the latest
 * closed one), with its status and next check-in.
 */
export function planSummaryFor(
  plans: readonly Pick<Plan, 'repId' | 'status' | 'outcome' | 'updatedAt' | 'content'>[],
  repId: string,
  today: string,
): { status: Plan['status']; outcome: Plan['outcome']; nextCheckIn: string | null } | null {
  const mine = plans.filter((p) => p.repId === repId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const plan = mine.find((p) => p.status !== 'closed') ?? mine[0];
  if (!plan) return null;
  return { status: plan.status, outcome: plan.outcome, nextCheckIn: plan.status === 'closed' ? null : nextCheckIn(plan.content, today) };
}

/**
 * A new plan's content with the conversation engine's draft: the focus areas the pure prefill
 * picks decide what the engine is asked about, then the content is prefilled again with its draft.
 * `draft` is the engine (injected: the planner parses its banks once, the CLI with the locale).
 */
export function prefillWithConversation(
  o: Omit<PrefillOptions, 'conversation'>,
  draft: (input: ConversationInput) => ConversationDraft | null,
): PlanContent {
  const base = prefillContent({ ...o, conversation: null });
  const conversation = draft(conversationInputFrom(o.snapshot, base, { locale: o.format?.locale }));
  return conversation ? prefillContent({ ...o, conversation }) : base;
}
