// Public entry points: a team diagnosis for one period (with its trailing window), and one
// rep's history for charts.
import type { PeriodKey } from '@shared/schemas/common';
import type { VerdictOverride } from '@shared/schemas/diagnosis';
import type { RepPeriodRow } from '../import/contract';
import { nameKey } from '@shared/schemas/common';
import type { Engine, RepIndex } from './indexing';
import { assess } from './assess';
import { minConfidence } from './confidence';
import { engineFor } from './indexing';
import { quotaFor, targetsFor } from './rep-window';
import type { OriginContext } from './origin';
import { nameOrigins } from './origin';
import { peerGroupName } from '../team/peers';
import { windowStats } from './statistics';
import { parsePeriod, trailingPeriods } from './periods';
import type {
  Benchmarked,
  DiagnoseTeamInput,
  DiagnosisPeriodRow,
  DiagnosisRep,
  HistoryPoint,
  RepDiagnosis,
  RepHistory,
  StatKey,
  TeamDiagnosis,
  TermKey,
} from './types';
import { CONFIDENCE_CAPPING, warningsFor } from './warnings';
import { sentenceFormat } from './format';
import { incompleteEnds, incompleteNotes, windowAfterHead } from './incomplete-ends';

/** The override in force: the latest row for this rep and period, unless the manager withdrew it. */
export function latestOverride(overrides: readonly VerdictOverride[] | undefined, repId: string, period: PeriodKey): VerdictOverride | null {
  let best: VerdictOverride | null = null;
  for (const o of overrides ?? []) if (o.repId === repId && o.period === period && (best === null || o.createdAt >= best.createdAt)) best = o;
  return best && !best.withdrawnAt ? best : null;
}

function diagnoseRep(
  engine: Engine,
  idx: RepIndex,
  period: PeriodKey,
  window: number,
  overrides: DiagnoseTeamInput['overrides'],
  format?: DiagnoseTeamInput['format'],
): RepDiagnosis {
  const current = assess(engine, idx, period, 1, { withEvidence: true, format });
  const win = window === 1 ? current : assess(engine, idx, period, window, { withEvidence: true, format });
  const warnings = warningsFor(engine, idx, period, win, current, format);
  const checkSystemFirst = warnings.some((w) => w.kind === 'check-system');
  let confidence = win.confidence;
  if (warnings.some((w) => CONFIDENCE_CAPPING.has(w.id)) && win.verdict !== 'insufficient-data') {
    confidence = minConfidence(confidence, 'low');
    const note = 'A check-the-system sign is present: low confidence until the set-up is checked.';
    for (const a of win === current ? [win] : [win, current]) {
      // The sentences as assessed, before the confidence is lowered (they are worked out on first read).
      const evidence = a.evidence;
      if (!a.confidenceNotes.includes(note)) a.confidenceNotes.push(note);
      a.confidence = minConfidence(a.confidence, 'low');
      evidence.push(
        `Check the system first: ${warnings
          .filter((w) => w.kind === 'check-system')
          .map((w) => w.title.toLowerCase())
          .join('; ')}.`,
      );
    }
  }
  for (const a of win === current ? [win] : [win, current]) {
    nameOrigins(a.metrics, originContext(engine, idx, a.periods, period));
    const group = peerGroupName(a.peers);
    for (const m of a.metrics) m.peerGroup = group;
  }
  const override = latestOverride(overrides, idx.rep.id, period);
  const t = targetsFor(engine, idx, period);
  return {
    repId: idx.rep.id,
    name: idx.rep.name,
    role: idx.rep.role,
    period,
    verdict: override?.verdict ?? win.verdict,
    weakStage: override ? override.weakStage : win.weakStage,
    confidence,
    computed: { verdict: win.verdict, weakStage: win.weakStage, confidence },
    override,
    attainment: win.result.attainment,
    window: win,
    current,
    warnings,
    checkSystemFirst,
    ramp: { inRamp: t.inRamp, tenureMonth: t.tenureMonth, rampShare: t.rampShare },
  };
}

/**
 * Diagnoses every rep for one period (default: the latest in the data) over a trailing window
 * (default settings.trailingWindow). Reps without data in the window get insufficient-data.
 */
export function diagnoseTeam(input: DiagnoseTeamInput): TeamDiagnosis {
  const requested = input.period !== undefined ? parsePeriod(input.period) : null;
  const engine = engineFor(requested ? { ...input, kind: requested.kind } : input);
  const latest = engine.periods[engine.periods.length - 1] ?? null;
  const asked = Math.max(1, Math.floor(input.window ?? input.settings.trailingWindow));
  const notes: string[] = [];
  // Without a period asked for: the latest one, unless the export ends in an incomplete tail
  // (deal-only data whose recent deals are not all in yet); then the last period before it.
  let period = requested?.key ?? latest;
  const dealsOnly = period !== null && windowStats(engine, period, asked).signal === 'opportunitiesCreated';
  const ends = dealsOnly ? incompleteEnds(engine) : { head: [], tail: [] };
  if (ends.tail.length > 0 && !requested) period = engine.periods[engine.periods.length - 1 - ends.tail.length] ?? period;
  if (period === null) {
    notes.push('No period data to diagnose.');
    return {
      period: null,
      periodKind: engine.kind,
      window: asked,
      windowPeriods: [],
      reps: [],
      notes,
      effortSignal: 'opportunitiesCreated',
      incompletePeriods: [],
      incompleteHead: [],
    };
  }
  const text = sentenceFormat(input.format);
  if (!engine.periods.includes(period)) notes.push(`No rep has data for ${text.period(period)}.`);
  const window = windowAfterHead(period, asked, ends.head);
  const ws = windowStats(engine, period, window);
  const effortSignal = ws.signal;
  if (effortSignal === 'opportunitiesCreated' && ws.reps.size > 0)
    notes.push(
      'No calls, emails or meetings in the data: effort is measured by opportunities created for the whole team, and no activity warning applies.',
    );
  const shown = effortSignal === 'opportunitiesCreated' ? ends : { head: [], tail: [] };
  notes.push(...incompleteNotes(shown, engine.kind, text, { period, picked: !requested, window, asked, latest }));
  const reps = engine.reps.map((idx) => diagnoseRep(engine, idx, period, window, input.overrides, input.format));
  return {
    period,
    periodKind: engine.kind,
    window,
    windowPeriods: trailingPeriods(period, window),
    reps,
    notes,
    effortSignal,
    incompletePeriods: [...shown.head, ...shown.tail],
    incompleteHead: shown.head,
  };
}

const TERMS: readonly TermKey[] = ['effort', 'meetingToOpportunity', 'opportunityToWin', 'dealSize'];

/** Where the rep's targets over these periods come from (the quota's as repWindow reads it: the last period's). */
function originContext(engine: Engine, idx: RepIndex, periods: readonly PeriodKey[], period: PeriodKey): OriginContext {
  let quotaSource: OriginContext['quotaSource'] = null;
  let inRamp = false;
  for (const p of periods) {
    const t = targetsFor(engine, idx, p);
    const v = idx.rows.get(p);
    if (v) quotaSource = quotaFor(t, v).source;
    inRamp ||= t.inRamp;
  }
  // The sources depend on the rep and the role alone, not on the period.
  return { sources: targetsFor(engine, idx, period).source, quotaSource, inRamp };
}

/**
 * One rep's series for charts: per period of the data (team-wide, oldest first), the period
 * verdict and every metric vs expectation vs team median and quartiles.
 */
export function diagnoseRepHistory(
  input: Omit<DiagnoseTeamInput, 'period' | 'window' | 'overrides'> & { repId: string; from?: PeriodKey; to?: PeriodKey },
): RepHistory {
  const engine = engineFor(input);
  const idx = engine.byId.get(input.repId);
  if (!idx) return { repId: input.repId, periodKind: engine.kind, points: [] };
  const from = input.from ? (parsePeriod(input.from)?.ordinal ?? -Infinity) : -Infinity;
  const to = input.to ? (parsePeriod(input.to)?.ordinal ?? Infinity) : Infinity;
  const points: HistoryPoint[] = [];
  const bounded = input.from !== undefined || input.to !== undefined;
  for (const p of engine.periods) {
    if (bounded) {
      const ord = parsePeriod(p)?.ordinal ?? 0;
      if (ord < from || ord > to) continue;
    }
    const a = assess(engine, idx, p, 1, { withEvidence: false });
    const metrics: Partial<Record<StatKey, Benchmarked>> = {};
    for (const m of a.metrics)
      metrics[m.key] = {
        value: m.value,
        expectation: m.expectation,
        teamQ1: m.teamQ1,
        teamMedian: m.teamMedian,
        teamQ3: m.teamQ3,
        teamSize: m.teamSize,
        benchmark: m.benchmark,
        benchmarkSource: m.benchmarkSource,
      };
    const terms = Object.fromEntries(TERMS.map((k) => [k, a.decomposition.terms.find((t) => t.key === k)?.logRatio ?? null])) as Record<
      TermKey,
      number | null
    >;
    points.push({ period: p, verdict: a.verdict, weakStage: a.weakStage, confidence: a.confidence, attainment: a.result.attainment, metrics, terms });
  }
  return { repId: input.repId, periodKind: engine.kind, points };
}

/**
 * The import's rows (RepPeriodRow[], keyed by rep name) as diagnosis input. Reps are identified
 * by nameKey(name); role and start date come from the first row that carries them. Rows for the
 * same rep and period are merged (later non-null values win).
 */
export function fromRepPeriodRows(
  rows: readonly RepPeriodRow[],
  options: { defaultRole?: string } = {},
): { reps: DiagnosisRep[]; periods: DiagnosisPeriodRow[] } {
  const reps = new Map<string, DiagnosisRep>();
  const periods = new Map<string, DiagnosisPeriodRow>();
  for (const r of rows) {
    const id = nameKey(r.rep);
    if (id === '') continue;
    const rep = reps.get(id);
    if (!rep)
      reps.set(id, {
        id,
        name: r.rep.trim(),
        role: r.role?.trim() || options.defaultRole || 'Unassigned',
        startDate: r.startDate,
        targetOverrides: null,
      });
    else {
      if (rep.startDate === null && r.startDate !== null) rep.startDate = r.startDate;
      if (rep.role === (options.defaultRole || 'Unassigned') && r.role?.trim()) rep.role = r.role.trim();
    }
    const key = `${id}\u0000${r.periodKind}\u0000${r.period}`;
    const prev = periods.get(key);
    if (!prev) periods.set(key, { repId: id, period: r.period, periodKind: r.periodKind, values: { ...r.values } });
    else for (const [k, v] of Object.entries(r.values) as Array<[keyof typeof r.values, number | null]>) if (v !== null) prev.values[k] = v;
  }
  return { reps: [...reps.values()], periods: [...periods.values()] };
}
