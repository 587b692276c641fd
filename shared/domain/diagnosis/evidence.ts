// Plain-English evidence: the numbers, both benchmarks, the behaviour → outcome chain, the rule
// that fired and the caveats. Sentences speak about activities and results, never the person.
import type { Assessment, Benchmarked, FunnelTerm, MetricComparison, StatKey, TermKey } from './types';
import type { Classification } from './classification';
import type { TextFormat } from '@shared/lib/format';
import type { SentenceFormat } from './format';
import { sentenceFormat } from './format';
import { SIGNAL_NOUNS, STAGE_PHRASES } from './vocabulary';
import { peerMedianName } from '../metrics/benchmark-source';
import { peerGroupName } from '../team/peers';

const STAGE_TEXT = STAGE_PHRASES;
const UNIT = SIGNAL_NOUNS;

function plural(x: SentenceFormat, n: number, one: string, many: string): string {
  return `${x.count(n)} ${Math.round(n) === 1 ? one : many}`;
}

function isRate(k: TermKey): boolean {
  return k === 'meetingToOpportunity' || k === 'opportunityToWin';
}

function fmtTermValue(x: SentenceFormat, t: FunnelTerm, v: number | null): string {
  if (v === null) return '—';
  // Rates as percentages, deal size as money, activity (a count of meetings, calls, opportunities) as a whole number.
  return isRate(t.key) ? x.pct(v) : t.key === 'dealSize' ? x.money(v) : x.count(v);
}

/** Whose median the team figures are, in the words of every text: "the median of the role AE" (peerMedianName). */
export function medianName(a: Pick<Assessment, 'peers'>): string {
  return peerMedianName(a.peers ? peerGroupName(a.peers) : null);
}

/** "vs 40 expected (the median of the role AE: 38)" / "vs 38, the median of the role AE (no expectation set)". */
function benchText(b: Benchmarked, f: (x: number | null) => string, median: string, expectedWord = 'expected'): string {
  if (b.expectation !== null && b.benchmarkSource === 'expectation')
    return `vs ${f(b.expectation)} ${expectedWord}${b.teamMedian !== null ? ` (${median}: ${f(b.teamMedian)})` : ''}`;
  if (b.teamMedian !== null) return `vs ${f(b.teamMedian)}, ${median} (no expectation set)`;
  return '(no expectation and no team figure to compare with)';
}

function termSentence(x: SentenceFormat, t: FunnelTerm, median: string): string {
  const f = (v: number | null) => fmtTermValue(x, t, v);
  if (t.status === 'ok' || t.status === 'zero') {
    let value = f(t.value);
    if (t.key === 'meetingToOpportunity' && t.events)
      value += ` (${plural(x, t.events.successes, 'opportunity', 'opportunities')} from ${x.count(t.events.trials)})`;
    if (t.key === 'opportunityToWin' && t.events && t.status === 'ok')
      value += ` (${plural(x, t.events.successes, 'win', 'wins')} from ${x.count(t.events.trials)})`;
    if (t.key === 'opportunityToWin' && t.status === 'zero')
      value = `no wins (0 from ${x.count(t.events?.trials ?? null)} ${t.label.startsWith('Win rate') ? 'closed deals' : 'opportunities'})`;
    if (t.key === 'meetingToOpportunity' && t.status === 'zero') value = `no opportunities (0 from ${x.count(t.events?.trials ?? null)})`;
    if (t.key === 'effort' && t.status === 'zero') value = 'none';
    const gap = t.status === 'zero' ? 'none at all' : x.gap(t.ratio === null ? null : t.ratio - 1);
    return `${t.label}: ${value} ${benchText(t, f, median)}${gap ? ` — ${gap}` : ''}.`;
  }
  if (t.status === 'out-of-scope') return `${t.label}: not part of this role's result. ${t.note ?? ''}`.trim();
  if (t.status === 'no-benchmark') return `${t.label}: ${f(t.value)}, with no expectation or team figure to compare with.`;
  return `${t.label}: cannot be computed — ${t.note ?? 'data missing.'}`;
}

function metric(a: Assessment, k: StatKey): MetricComparison | undefined {
  return a.metrics.find((m) => m.key === k);
}

function term(a: Assessment, k: TermKey): FunnelTerm {
  return a.decomposition.terms.find((t) => t.key === k) as FunnelTerm;
}

function resultSentence(x: SentenceFormat, a: Assessment): string {
  const r = a.result;
  const isRevenue = r.metric === 'revenue';
  const label = isRevenue ? 'Won revenue' : 'Opportunities created';
  const f = isRevenue ? x.money : x.count;
  if (r.value === null) return `${label}: missing.`;
  const name = medianName(a);
  const median = r.teamMedian !== null ? ` (${name}: ${f(r.teamMedian)})` : '';
  if (r.target !== null) {
    const word = isRevenue ? 'quota' : 'expected';
    const att = r.attainment !== null ? ` — ${x.pct(r.attainment)} of target` : '';
    return `${label}: ${f(r.value)} vs ${f(r.target)} ${word}${att}${median}.`;
  }
  if (r.teamMedian !== null)
    return `${label}: ${f(r.value)} vs ${f(r.teamMedian)}, ${name} (no ${isRevenue ? 'quota' : 'target'} set) — ${x.gap(r.vsTeamMedian === null ? null : r.vsTeamMedian - 1)}.`;
  return `${label}: ${f(r.value)} (no target and no team figure to compare with).`;
}

function expectedOf(b: Benchmarked | undefined): number | null {
  return b ? (b.benchmark ?? null) : null;
}

function chainSentences(x: SentenceFormat, a: Assessment, cls: Classification, threshold: number): string[] {
  const out: string[] = [];
  const d = a.decomposition;
  const conv = term(a, 'meetingToOpportunity');
  const win = term(a, 'opportunityToWin');
  const deal = term(a, 'dealSize');
  const opps = metric(a, 'opportunitiesCreated');
  const wins = metric(a, 'dealsWon');
  const res = a.result;
  const resText =
    res.value === null
      ? ''
      : res.metric === 'revenue'
        ? `won revenue: ${x.money(res.value)} vs ${x.money(res.target ?? res.teamMedian)}`
        : `opportunities: ${x.count(res.value)} vs ${x.count(res.target ?? res.teamMedian)}`;
  const pct = Math.round(threshold * 100);

  if (cls.verdict === 'effort' || cls.verdict === 'mixed') {
    if (d.signal === 'opportunitiesCreated') {
      out.push(`Fewer opportunities created means fewer chances to win${resText ? `, and less ${resText}` : ''}.`);
    } else if (opps?.value !== undefined && opps.value !== null && expectedOf(opps) !== null && d.scope === 'revenue') {
      out.push(
        `Fewer ${UNIT[d.signal]} means fewer opportunities: ${x.count(opps.value)} vs ${x.count(expectedOf(opps))} ${opps.benchmarkSource === 'expectation' ? 'expected' : `for ${medianName(a)}`}${resText ? `, and less ${resText}` : ''}.`,
      );
    } else out.push(`Fewer ${UNIT[d.signal]} means fewer opportunities${resText ? `, and less ${resText}` : ''}.`);
  }
  const skillStage = cls.verdict === 'skill' || cls.verdict === 'mixed' ? cls.weakStage : null;
  if (skillStage === 'meeting-to-opportunity' && conv.events && conv.benchmark !== null) {
    out.push(
      `The ${UNIT[d.signal]} are taking place, but fewer turn into opportunities: ${x.count(conv.events.successes)} vs ${x.count(conv.events.trials * conv.benchmark)} at the benchmark rate from ${x.count(conv.events.trials)} ${UNIT[d.signal]} — the qualifying and discovery step is where the result is lost.`,
    );
  } else if (skillStage === 'opportunity-to-win' && win.benchmark !== null && win.events) {
    const { successes: W, trials: T } = win.events;
    const basis = d.winRateBasis === 'closed' ? 'closed deals' : 'opportunities created';
    out.push(
      `Deals are reaching a decision, but fewer are won: ${x.count(W)} wins vs ${x.count(T * win.benchmark)} at the benchmark rate from ${x.count(T)} ${basis} — qualifying and closing are where the result is lost.`,
    );
  } else if (skillStage === 'deal-size' && deal.benchmark !== null && deal.value !== null) {
    const W = wins?.value ?? null;
    out.push(
      `Deals close, but smaller: ${x.money(deal.value)} on average vs ${x.money(deal.benchmark)}, so ${x.count(W)} wins bring ${x.money(res.value)} instead of ${x.money(W === null ? null : W * deal.benchmark)} — deal sizing and discounting are where the result is lost.`,
    );
  } else if (skillStage === 'cycle-length' && a.cycle.value !== null && a.cycle.benchmark !== null) {
    out.push(
      `Deals take longer to close: median ${x.num(a.cycle.value, 0)} days vs ${x.num(a.cycle.benchmark, 0)}${a.cycle.source === 'max-cycle' ? ' (maximum expected)' : ` (${medianName(a)})`} — revenue arrives later and pipeline stays tied up.`,
    );
  }
  if (cls.rule === 'largest-negative-term' && cls.decidingTerm) {
    out.push(
      `No factor is more than ${pct}% below its benchmark, but together they leave the result short; the largest shortfall is ${cls.decidingTerm.label.toLowerCase()} (${x.gap((cls.decidingTerm.ratio ?? 1) - 1)}).`,
    );
  }
  if (cls.rule === 'attainment-met' && cls.offsetGaps.length > 0) {
    out.push(
      `The result is met, but ${cls.offsetGaps.map((s) => STAGE_TEXT[s] ?? s).join(', ')} ${cls.offsetGaps.length > 1 ? 'sit' : 'sits'} more than ${pct}% below benchmark: worth watching.`,
    );
  }
  return out;
}

function shareSentence(x: SentenceFormat, a: Assessment): string | null {
  const d = a.decomposition;
  if (!d.identityHolds || d.totalLogRatio === null || d.totalLogRatio >= 0) return null;
  const parts = d.terms
    .filter((t) => (t.shareOfShortfall ?? 0) > 0)
    .sort((x, y) => (y.shareOfShortfall ?? 0) - (x.shareOfShortfall ?? 0))
    .map((t) => `${t.label.toLowerCase()} ${x.pct(t.shareOfShortfall)}`);
  if (parts.length === 0) return null;
  const f = d.scope === 'revenue' ? x.money : x.count;
  let s = `Share of the shortfall against the benchmark funnel (${f(d.outcome)} vs ${f(d.benchmarkOutcome)}): ${parts.join(', ')}.`;
  const target = a.result.target;
  if (target !== null && d.benchmarkOutcome !== null && target > 0 && Math.abs(d.benchmarkOutcome / target - 1) > 0.01)
    s += ` (The benchmark funnel produces ${f(d.benchmarkOutcome)}; the target is ${f(target)}.)`;
  return s;
}

export function ruleText(a: Assessment, cls: Classification, threshold: number): string {
  const pct = `${Math.round(threshold * 100)}%`;
  const sig = a.decomposition.signalLabel.toLowerCase();
  const stage = cls.weakStage ? (STAGE_TEXT[cls.weakStage] ?? cls.weakStage) : '';
  switch (cls.rule) {
    case 'no-data':
      return 'No data in the period.';
    case 'missing-outcome':
      return `${a.result.metric === 'revenue' ? 'Won revenue' : 'Opportunities created'} missing: results cannot be judged → insufficient data.`;
    case 'missing-activity':
      return 'The activity factor (meetings, calls and emails, or opportunities) is missing or has no benchmark: effort and skill cannot be told apart → insufficient data.';
    case 'attainment-met':
      return a.result.target !== null
        ? 'The result meets its target → on track.'
        : `No target set; the result is within ${pct} of ${medianName(a)} → on track.`;
    case 'mixed':
      return `Activity (${sig}) and ${stage} are both more than ${pct} below benchmark while the result is short → mixed gap.`;
    case 'effort-only':
      return `Activity (${sig}) is more than ${pct} below benchmark, no conversion or deal-size factor is, and the result is short → effort gap.`;
    case 'skill-only':
      return `Activity is within ${pct} of benchmark but ${stage} is more than ${pct} ${cls.weakStage === 'cycle-length' ? 'longer than' : 'below'} benchmark while the result is short → skill gap (${stage}).`;
    case 'largest-negative-term':
      return `The result is short but no factor is more than ${pct} below benchmark; the largest negative term (${cls.decidingTerm?.label.toLowerCase() ?? ''}) decides → ${cls.verdict}, low confidence.`;
    case 'factors-meet-target-short':
      return 'Every factor meets its benchmark yet the result is short of target: the target is above what the benchmark funnel produces → on track, low confidence; check the target.';
    case 'factors-unknown':
      return a.result.target === null && a.result.teamMedian === null
        ? 'No target and no team figure for the result, and no factor in gap → insufficient data.'
        : 'The result is short, but the factors that would explain it cannot be computed → insufficient data.';
  }
}

export function buildEvidence(
  a: Assessment,
  cls: Classification,
  threshold: number,
  withSentences: boolean,
  format?: TextFormat,
): { ruleText: string; sentences: string[] } {
  const rule = ruleText(a, cls, threshold);
  if (!withSentences) return { ruleText: rule, sentences: [] };
  const x = sentenceFormat(format);
  const s: string[] = [];
  if (a.windowLength > 1) {
    const first = a.periods[0] ?? '';
    const last = a.periods[a.periods.length - 1] ?? '';
    s.push(
      `Over ${x.range(first, last)} (${a.periods.length} of ${a.windowLength} ${x.noun(last, a.windowLength)} with data; counts summed, rates from the sums).`,
    );
  }
  s.push(resultSentence(x, a));
  for (const t of a.decomposition.terms) if (t.status !== 'out-of-scope') s.push(termSentence(x, t, medianName(a)));
  const pace = a.decomposition.pace;
  if (pace?.counts && pace.value !== null)
    s.push(
      `${pace.label}: ${x.count(pace.counts.closed)} deals closed and ${x.count(pace.counts.created)} opportunities created (${x.num(pace.value, 2)} per opportunity)${pace.teamMedian !== null ? `; ${medianName(a)}: ${x.num(pace.teamMedian, 2)}` : ''} — the two are different groups of deals, so this is timing: it keeps the terms adding up and is not judged.`,
    );
  if (a.cycle.value !== null) {
    const c = a.cycle;
    const f = (v: number | null) => `${x.num(v, 0)} days`;
    const gap =
      c.benchmark !== null && c.benchmark > 0
        ? x
            .gap(c.value === null ? null : c.value / c.benchmark - 1)
            .replace('below', 'shorter')
            .replace('above', 'longer')
        : '';
    s.push(
      `Cycle length: median ${f(c.value)} ${benchText(c, f, medianName(a), c.source === 'max-cycle' ? 'maximum' : 'expected')}${gap ? ` — ${gap}` : ''}.`,
    );
  }
  s.push(...chainSentences(x, a, cls, threshold));
  const share = shareSentence(x, a);
  if (share) s.push(share);
  for (const n of a.decomposition.notes) s.push(n);
  s.push(`Rule: ${rule}`);
  if (a.confidence === 'low' && a.verdict !== 'insufficient-data' && a.verdict !== 'on-track')
    s.push(`Low confidence: ${a.confidenceNotes.join(' ')} Treat this as a question to explore in the conversation, not as a fact.`);
  return { ruleText: rule, sentences: s };
}
