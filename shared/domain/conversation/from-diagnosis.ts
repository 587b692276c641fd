// From the diagnosis engine's output for one rep to the conversation's input: every metric with
// its benchmark (expectation where set, else team median), where that comes from, and its unit (from the metric catalogue).
import type { ConversationInput, ConversationMetric, ObstacleKind } from '@shared/schemas/conversation';
import type { Assessment, RepDiagnosis } from '../diagnosis/types';
import { formatPeriodRange } from '@shared/lib/format';
import { unitOfMetric } from '../metrics';

export { unitOfMetric };

export function conversationMetrics(a: Assessment): ConversationMetric[] {
  return a.metrics.map((m) => ({
    key: m.key,
    label: m.label,
    value: m.value,
    benchmark: m.benchmark,
    benchmarkSource: m.benchmark === null ? null : m.benchmarkSource,
    ...(m.benchmark !== null && m.benchmarkOrigin !== undefined ? { benchmarkOrigin: m.benchmarkOrigin, rampAdjusted: m.rampAdjusted ?? false } : {}),
    ...(m.peerGroup ? { peerGroup: m.peerGroup.slice(0, 200) } : {}),
    unit: unitOfMetric(m.key),
  }));
}

export type FromDiagnosisOptions = {
  /** Default: the window's periods as people say them, "Aug to Oct 2026" (or the single period, "Oct 2026"). */
  periodLabel?: string;
  /** The locale period names are written in; default en-US. */
  locale?: string;
  /** 'window' (default, the headline) or 'current' (the single period). */
  assessment?: 'window' | 'current';
  focusAreas?: string[];
  obstacles?: ObstacleKind[];
};

/** The conversation input for one diagnosed rep; the verdict is the effective one (override applied). */
export function conversationInputFromDiagnosis(rep: RepDiagnosis, opts: FromDiagnosisOptions = {}): ConversationInput {
  const a = opts.assessment === 'current' ? rep.current : rep.window;
  const first = a.periods[0];
  const last = a.periods[a.periods.length - 1];
  const periodLabel =
    opts.periodLabel ??
    (first && last
      ? formatPeriodRange(first, last, opts.locale)
      : rep.period
        ? formatPeriodRange(rep.period, rep.period, opts.locale)
        : 'this period');
  return {
    repName: rep.name,
    roleLabel: rep.role || null,
    periodLabel,
    verdict: rep.verdict,
    weakStage: rep.weakStage,
    focusAreas: (opts.focusAreas ?? []).slice(0, 3),
    metrics: conversationMetrics(a),
    evidence: [...a.evidence],
    obstacles: [...(opts.obstacles ?? [])],
    systemSigns: rep.warnings.filter((w) => w.kind === 'check-system').map((w) => w.id),
  };
}
