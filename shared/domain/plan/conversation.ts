// The bridge to the conversation engine (shared/domain/conversation): a plan's frozen facts and
// the manager's own diagnosis become that engine's input.
import type { ConversationDraft, ConversationInput } from '@shared/schemas/conversation';
import type { FactsSnapshot, PlanContent } from '@shared/schemas/plan';
import { formatPeriodRange } from '@shared/lib/format';

/** The period reviewed as people say it: "Aug to Oct 2026", "Oct 2026". */
export function snapshotPeriodLabel(s: Pick<FactsSnapshot, 'windowPeriods' | 'period'>, locale = 'en-US'): string {
  const w = s.windowPeriods;
  if (w.length > 1) return formatPeriodRange(w[0] ?? '', w[w.length - 1] ?? '', locale);
  return s.period ? formatPeriodRange(s.period, s.period, locale) : 'the period';
}

const clip = (t: string, max: number) => (t.length > max ? t.slice(0, max) : t);

/** What the conversation engine drafts from: the frozen facts and the manager's confirmed (or overridden) diagnosis. */
export function conversationInputFrom(
  s: FactsSnapshot,
  content: Pick<PlanContent, 'diagnosis' | 'focusAreas'> | null,
  opts: { locale?: string | undefined } = {},
): ConversationInput {
  return {
    repName: clip(s.repName.trim() || 'the rep', 120),
    roleLabel: s.roleLabel ? clip(s.roleLabel, 60) : null,
    periodLabel: snapshotPeriodLabel(s, opts.locale),
    verdict: content?.diagnosis.verdict ?? s.verdict,
    weakStage: content ? content.diagnosis.weakStage : s.weakStage,
    focusAreas: content ? [...content.focusAreas] : [],
    // A benchmark always travels with its source, and rates stay within [0, 1].
    metrics: s.metrics
      .filter((m) => m.unit !== 'rate' || m.value === null || (m.value >= 0 && m.value <= 1))
      .map((m) => ({
        key: m.key,
        label: clip(m.label, 120),
        value: m.value,
        benchmark: m.benchmarkSource ? m.benchmark : null,
        benchmarkSource: m.benchmark === null ? null : m.benchmarkSource,
        // The origin names the source in every drafted line ("the AE target"); older snapshots have none.
        ...(m.benchmark !== null && m.benchmarkSource && m.benchmarkOrigin !== undefined
          ? { benchmarkOrigin: m.benchmarkOrigin, rampAdjusted: m.rampAdjusted ?? false }
          : {}),
        ...(m.peerGroup ? { peerGroup: clip(m.peerGroup, 200) } : {}),
        unit: m.unit,
      })),
    evidence: s.evidence.slice(0, 40).map((e) => clip(e, 1000)),
    obstacles: content ? [...new Set(content.diagnosis.obstacles.map((o) => o.kind))].slice(0, 5) : [],
    systemSigns: s.warnings
      .filter((w) => w.kind === 'check-system')
      .map((w) => clip(w.title, 200))
      .slice(0, 20),
    ...(s.gapThreshold !== undefined ? { gapThreshold: s.gapThreshold } : {}),
  };
}

export type { ConversationDraft, ConversationInput };
