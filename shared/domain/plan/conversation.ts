// The bridge to the conversation engine (shared/domain/conversation): the snapshot and the
// manager's own diagnosis become its input. Shapes follow that engine's public API.
import type { FactsSnapshot, ObstacleKindValue, PlanContent } from '../../schemas/plan';
import type { Verdict, WeakStage } from '../../schemas/diagnosis';

export type ConversationDraftLike = {
  talkingPoints: { id: string; text: string; metricKey: string | null; kind: 'activity' | 'behaviour' | 'result' | 'acknowledge' }[];
  questions: { id: string; text: string; gap: string }[];
  pushback: { id: string; objection: string; repLine: string; approach: string }[];
  consequences: string;
  support: { kind: 'coaching' | 'training' | 'ride-along' | 'role-play' | 'tools' | 'mentoring'; text: string }[];
  development: { skill: string; activities: string[]; resources: string[] }[];
  reminders: string[];
  opening: string;
};

export type ConversationInputLike = {
  repName: string;
  roleLabel: string | null;
  periodLabel: string;
  verdict: Verdict;
  weakStage: WeakStage | null;
  focusAreas: string[];
  metrics: {
    key: string;
    label: string;
    value: number | null;
    benchmark: number | null;
    benchmarkSource: 'expectation' | 'team-median' | null;
    unit: FactsSnapshot['metrics'][number]['unit'];
  }[];
  evidence: string[];
  obstacles: ObstacleKindValue[];
  systemSigns: string[];
};

function periodLabel(s: FactsSnapshot): string {
  const w = s.windowPeriods;
  if (w.length > 1) return `${w[0] ?? ''} to ${w[w.length - 1] ?? ''}`;
  return s.period ?? 'the period';
}

/** What the conversation engine drafts from: the frozen facts and the manager's confirmed (or overridden) diagnosis. */
export function conversationInputFrom(s: FactsSnapshot, content: Pick<PlanContent, 'diagnosis' | 'focusAreas'> | null): ConversationInputLike {
  return {
    repName: s.repName,
    roleLabel: s.roleLabel,
    periodLabel: periodLabel(s),
    verdict: content?.diagnosis.verdict ?? s.verdict,
    weakStage: content ? content.diagnosis.weakStage : s.weakStage,
    focusAreas: content ? [...content.focusAreas] : [],
    metrics: s.metrics.map((m) => ({
      key: m.key,
      label: m.label,
      value: m.value,
      benchmark: m.benchmark,
      benchmarkSource: m.benchmarkSource,
      unit: m.unit,
    })),
    evidence: [...s.evidence],
    obstacles: content ? [...new Set(content.diagnosis.obstacles.map((o) => o.kind))] : [],
    systemSigns: s.warnings.filter((w) => w.kind === 'check-system').map((w) => w.title),
  };
}
