// Confidence of a verdict: Wilson intervals against the benchmark, event counts, and how much
// of the window holds data.
import type { DiagnosisSettings } from '@shared/schemas/settings';
import type { Classification } from './classification';
import { fmtPct } from './format';
import type { Confidence, CycleCheck, Decomposition, FunnelTerm } from './types';

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export function minConfidence(a: Confidence, b: Confidence): Confidence {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Percentages as every table and document writes them (one decimal below 10%: 3.4%, 26%). */
const pct = (x: number): string => fmtPct(x);

function rateConfidence(t: FunnelTerm, settings: DiagnosisSettings, notes: string[]): Confidence {
  const unit =
    t.key === 'meetingToOpportunity'
      ? 'meetings'
      : t.key === 'opportunityToWin'
        ? t.label.startsWith('Win rate')
          ? 'closed deals'
          : 'opportunities'
        : 'won deals';
  const trials = t.events?.trials ?? 0;
  if (trials < settings.minEventsForConfidence) {
    notes.push(`${t.label} rests on ${trials} ${unit}, fewer than ${settings.minEventsForConfidence}: low confidence.`);
    return 'low';
  }
  if (t.key === 'dealSize') {
    notes.push(`${t.label}: amounts carry no interval here; ${trials} won deals behind it.`);
    return 'medium';
  }
  const iv = t.interval;
  if (!iv || t.benchmark === null) {
    notes.push(`${t.label}: no interval could be computed: low confidence.`);
    return 'low';
  }
  if (iv.high >= t.benchmark) {
    notes.push(
      `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} reaches the benchmark ${pct(t.benchmark)}, so the gap may be chance: low confidence.`,
    );
    return 'low';
  }
  if (iv.high >= t.benchmark * (1 - settings.gapThreshold)) {
    notes.push(
      `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} stays below the benchmark ${pct(t.benchmark)} but may be within the threshold of it: medium confidence.`,
    );
    return 'medium';
  }
  notes.push(
    `${t.label}: the 95% interval ${pct(iv.low)}–${pct(iv.high)} lies wholly below the benchmark ${pct(t.benchmark)} less the threshold: high confidence.`,
  );
  return 'high';
}

function effortConfidence(dec: Decomposition, notes: string[]): Confidence {
  if (dec.signal === 'activities' || dec.signal === 'opportunitiesCreated') {
    notes.push(`Activity measured by ${dec.signalLabel.toLowerCase()} (no meetings in the data): medium confidence.`);
    return 'medium';
  }
  const unclearSkill = dec.terms.filter(
    (t) => t.side === 'skill' && (t.status === 'missing' || t.status === 'no-benchmark' || t.status === 'not-computable'),
  );
  if (unclearSkill.length > 0) {
    notes.push(`${unclearSkill.map((t) => t.label).join(', ')} could not be judged, so a conversion gap cannot be ruled out: medium confidence.`);
    return 'medium';
  }
  return 'high';
}

function skillConfidence(cls: Classification, dec: Decomposition, cycle: CycleCheck, settings: DiagnosisSettings, notes: string[]): Confidence {
  if (cls.weakTerm) return rateConfidence(cls.weakTerm, settings, notes);
  // cycle length
  const wins = dec.terms.find((t) => t.key === 'dealSize')?.events?.trials ?? 0;
  if (wins < settings.minEventsForConfidence || cycle.value === null) {
    notes.push(`Cycle length rests on ${wins} won deals, fewer than ${settings.minEventsForConfidence}: low confidence.`);
    return 'low';
  }
  notes.push('Cycle length: a median of days carries no interval here: medium confidence.');
  return 'medium';
}

export function confidenceOf(
  cls: Classification,
  dec: Decomposition,
  cycle: CycleCheck,
  settings: DiagnosisSettings,
  present: number,
  length: number,
): { confidence: Confidence; notes: string[] } {
  const notes: string[] = [];
  let c: Confidence;
  switch (cls.rule) {
    case 'attainment-met':
      c = cls.offsetGaps.length > 0 || dec.notComputable.length > 0 ? 'medium' : 'high';
      if (cls.offsetGaps.length > 0) notes.push('The result is met, but some factors sit in gap: watch them.');
      break;
    case 'effort-only':
      c = effortConfidence(dec, notes);
      break;
    case 'skill-only':
      c = skillConfidence(cls, dec, cycle, settings, notes);
      break;
    case 'mixed':
      c = minConfidence(effortConfidence(dec, notes), skillConfidence(cls, dec, cycle, settings, notes));
      break;
    case 'largest-negative-term':
      c = 'low';
      notes.push('No single factor is beyond the threshold; the verdict rests on the largest negative term: low confidence.');
      break;
    case 'factors-meet-target-short':
      c = 'low';
      notes.push('Every factor meets its benchmark while the result is short of target: check the target.');
      break;
    default:
      c = 'low';
  }
  if (present < length && c === 'high') {
    c = 'medium';
    notes.push(`Only ${present} of ${length} periods in the window hold data: medium confidence at most.`);
  }
  return { confidence: c, notes };
}
