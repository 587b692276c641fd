// A stored plan mapped onto the two document inputs (shared/domain/document). The rep's plan
// and the manager's guide are built from separate functions that read separate parts of the
// plan: nothing from the private preparation is passed to the rep's document.
import type { ConversationGuideInput, FactRow, MetricUnit as DocUnit, PlanDocumentInput, Signer } from '../document';
import { documentDate } from '../document/format';
import type { MetricUnit } from '@shared/schemas/conversation';
import type { Plan, Signature, SnapshotMetric } from '@shared/schemas/plan';
import { hrRecordOf } from './signing';
import { benchmarkSourceName, peerMedianName } from '../metrics';
import { base64ToBytes } from './base64';
import { isFlowMetric, isRepeatedStandard, metricOf as snapshotMetric, planCheckInDates, windowSpan } from './prefill';
import { snapshotPeriodLabel } from './conversation';
import { roundAsShown } from './units';
import { STAGE_PHRASES, VERDICT_LABELS } from '../diagnosis/vocabulary';

export const SUPPORT_KIND_LABELS: Record<Plan['content']['support'][number]['kind'], string> = {
  coaching: 'Coaching',
  training: 'Training',
  'ride-along': 'Ride-along',
  'role-play': 'Role-play',
  tools: 'Tools',
  mentoring: 'Mentoring',
  other: 'Other',
};

export const ACKNOWLEDGEMENT =
  'I have read this plan and talked it through with my manager. Signing it confirms that I have received it and understand what is expected; it does not mean I agree with every point, and I may add my comments.';

const docUnit = (u: MetricUnit | null): DocUnit => u ?? 'count';

/** The period reviewed as people say it ("Oct to Dec 2017"), in the document's locale; empty when the snapshot names none. */
export function windowLabel(plan: Pick<Plan, 'snapshot'>, locale = 'en-US'): string {
  const s = plan.snapshot;
  return s.windowPeriods.length > 0 || s.period ? snapshotPeriodLabel(s, locale) : '';
}

function metricOf(plan: Plan, key: string | null): SnapshotMetric | undefined {
  return key ? snapshotMetric(plan.snapshot, key) : undefined;
}

/** The facts table's metrics: the focus areas first, then every metric the rep has a stated expectation for. */
function factMetrics(plan: Plan): SnapshotMetric[] {
  const focus = plan.content.focusAreas;
  const ms = plan.snapshot.metrics;
  return [
    ...focus.map((k) => ms.find((m) => m.key === k)).filter((m) => m !== undefined),
    ...ms.filter((m) => !focus.includes(m.key) && m.expectation !== null && !isRepeatedStandard(m, ms)),
  ];
}

/**
 * What the facts table's figures cover, above it: "Figures over Aug to Oct 2017: counts and amounts
 * are totals for the 3 months; rates, averages and medians are for the period as a whole. Gap:
 * actual minus expectation." Empty without a period or a figure.
 */
export function factsNote(plan: Plan, locale?: string): string {
  const period = windowLabel(plan, locale);
  const ms = factMetrics(plan);
  if (!period || ms.length === 0) return '';
  const totals = plan.snapshot.windowPeriods.length > 1 && ms.some(isFlowMetric);
  const basis = totals
    ? `: counts and amounts are totals for the ${windowSpan(plan.snapshot)}; rates, averages and medians are for the period as a whole`
    : '';
  return `Figures over ${period}${basis}. Gap: actual minus expectation.`;
}

/** The facts table: the focus areas first, then every metric the rep has a stated expectation for. */
export function factRows(plan: Plan): FactRow[] {
  return factMetrics(plan).map((m) => {
    const expectation = m.expectation ?? m.benchmark;
    return {
      metric: metricWithSource(m, plan.snapshot.roleLabel),
      unit: docUnit(m.unit),
      expectation,
      actual: m.value,
      // The difference of the two figures as printed beside it (71 days against 57: +14, not +13.6).
      gap: expectation !== null && m.value !== null ? shownGap(m.value, expectation, m.unit) : null,
    };
  });
}

/** actual − expectation, each rounded as the documents write it; a rate's to the point of its percentage. */
function shownGap(actual: number, expectation: number, unit: MetricUnit): number {
  const d = roundAsShown(actual, unit) - roundAsShown(expectation, unit);
  return Math.round(d * 1e6) / 1e6;
}

/** "Calls, against the AE target": the source where the snapshot names it; older plans mark the team median alone. */
function metricWithSource(m: SnapshotMetric, roleLabel: string | null): string {
  if (m.benchmark === null) return m.label;
  if (m.benchmarkOrigin) return `${m.label}, against ${benchmarkSourceName(m, roleLabel)}`;
  return m.expectation === null && m.benchmarkSource === 'team-median' ? `${m.label} (against ${peerMedianName(m.peerGroup)})` : m.label;
}

function signer(s: Signature): Signer {
  const base: Signer = { role: s.role, name: s.name, date: s.date };
  return s.pngBase64 && s.width > 0 && s.height > 0
    ? { ...base, image: { png: base64ToBytes(s.pngBase64), width: s.width, height: s.height } }
    : base;
}

/** Rep and manager always sign; HR when named. Stored signatures fill in names, dates and drawings. */
export function signersOf(plan: Plan, hrName?: string): Signer[] {
  const stored = new Map(plan.signatures.map((s) => [s.role, s]));
  const roles: Signature['role'][] = hrName || stored.has('hr') ? ['rep', 'manager', 'hr'] : ['rep', 'manager'];
  const defaultName = { rep: plan.snapshot.repName, manager: plan.content.managerName, hr: hrName ?? '' };
  return roles.map((role) => {
    const s = stored.get(role);
    return s ? signer({ ...s, name: s.name || defaultName[role] }) : { role, name: defaultName[role], date: null };
  });
}

export type PlanDocumentOptions = { date: string; locale?: string };

export function toPlanDocumentInput(plan: Plan, opts: PlanDocumentOptions): PlanDocumentInput {
  const c = plan.content;
  const { company, team, hrName } = c.document;
  return {
    company,
    team,
    repName: plan.snapshot.repName,
    managerName: c.managerName,
    ...(hrName.trim() ? { hrName } : {}),
    date: opts.date,
    periodLabel: windowLabel(plan, opts.locale),
    expectations: c.expectations.map((e) => ({ label: e.label, value: e.target, unit: docUnit(e.unit), ...(e.note ? { note: e.note } : {}) })),
    facts: factRows(plan),
    factsNote: factsNote(plan, opts.locale),
    focusAreas: c.focusAreas.map((k) => metricOf(plan, k)?.label ?? k),
    actionItems: c.actionItems.map((a) => {
      const m = metricOf(plan, a.metricKey);
      return {
        action: a.action,
        measure: m?.label ?? a.metricKey ?? '',
        baseline: a.baseline,
        target: a.target,
        unit: docUnit(m?.unit ?? null),
        deadline: a.deadline,
        owner: a.owner,
      };
    }),
    milestones: c.milestones.map((m) => ({ date: m.date, text: m.text })),
    checkIns: planCheckInDates(c),
    support: c.support.filter((s) => s.text.trim()).map((s) => ({ kind: SUPPORT_KIND_LABELS[s.kind], text: s.text })),
    development: c.development.map((d) => ({
      skill: d.skill,
      activities: d.activities,
      resources: d.resources,
      timeline: [d.timeline, d.reviewDate ? `review on ${documentDate(d.reviewDate, opts.locale)}` : ''].filter(Boolean).join(', '),
    })),
    consequences: c.consequences,
    wins: c.acknowledgements,
    acknowledgement: ACKNOWLEDGEMENT,
    signatures: signersOf(plan, hrName.trim() || undefined),
    ...hrRecordInput(c),
  };
}

/** The HR record's parts of the rep's document. */
function hrRecordInput(c: Plan['content']): Pick<PlanDocumentInput, 'priorGuidance' | 'outcomes' | 'repComments' | 'declined'> {
  const r = hrRecordOf(c);
  return { priorGuidance: r.priorGuidance, outcomes: r.outcomes, repComments: r.repComments, declined: r.declined };
}

export const OBSTACLE_LABELS: Record<Plan['content']['diagnosis']['obstacles'][number]['kind'], string> = {
  'territory-change': 'Territory change',
  leave: 'Leave or absence',
  'lead-quality': 'Lead quality',
  tooling: 'Tools or systems',
  other: 'Something else',
};

const FOCUS_GAP_WORDS = { effort: 'an effort gap', skill: 'a skill gap', mixed: 'an effort and skill gap', none: 'no gap' } as const;

/** The manager's reading of the gap, as lines: the verdict, their reason if they see it differently, each focus area's gap, the obstacles. */
export function diagnosisLines(plan: Plan): string[] {
  const d = plan.content.diagnosis;
  const label = (k: string) => snapshotMetric(plan.snapshot, k)?.label ?? k;
  return [
    `${VERDICT_LABELS[d.verdict]}${d.weakStage ? `: ${STAGE_PHRASES[d.weakStage]}` : ''}${d.confirmed ? ' (confirmed)' : ''}`,
    ...(d.overrideReason.trim() ? [`Why I see it this way: ${d.overrideReason.trim()}`] : []),
    ...d.perFocus.map((x) => `${label(x.metricKey)}: ${FOCUS_GAP_WORDS[x.gap]}`),
    ...d.obstacles.map((o) => `${OBSTACLE_LABELS[o.kind]}${o.note.trim() ? `: ${o.note.trim()}` : ''}`),
  ];
}

/**
 * The manager's guide: the private preparation, with a short facts box at the top and everything
 * the manager wrote (what is going well, their diagnosis, their own part to fix, the meeting
 * note); never the signed plan's signatures.
 */
export function toGuideInput(plan: Plan, opts: { date: string; locale?: string }): ConversationGuideInput {
  const c = plan.content;
  return {
    facts: factRows(plan),
    periodLabel: windowLabel(plan, opts.locale),
    acknowledgements: c.acknowledgements,
    diagnosis: diagnosisLines(plan),
    ownPart: c.diagnosis.systemFixes.filter((x) => x.ownPart.trim()).map((x) => `${x.sign}: ${x.ownPart.trim()}`),
    meetingNote: c.meeting.note,
    repName: plan.snapshot.repName,
    managerName: c.managerName,
    date: opts.date,
    opening: c.opening,
    talkingPoints: c.talkingPoints.filter((t) => t.included && t.text.trim()).map((t) => t.text),
    questions: c.questions.filter((q) => q.included && q.text.trim()).map((q) => q.text),
    pushback: c.pushback
      .filter((p) => p.included && (p.objection.trim() || p.approach.trim()))
      .map((p) => ({ objection: p.objection, approach: p.approach })),
    reminders: c.reminders,
    // "Uninterrupted" describes a place the manager named; with no place it says nothing.
    meeting: {
      time: c.meeting.time,
      place: c.meeting.place.trim() && c.meeting.uninterrupted ? `${c.meeting.place.trim()} (uninterrupted)` : c.meeting.place,
    },
    agenda: [
      { item: 'Opening: why we are meeting', minutes: null },
      { item: 'What is going well', minutes: null },
      { item: 'The facts, and their view', minutes: null },
      { item: 'Agree the plan and the support', minutes: null },
      { item: 'Next steps and check-in dates', minutes: null },
    ],
  };
}
