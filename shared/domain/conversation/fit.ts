// What the draft may say for this rep's data: which metrics are gaps by the manager's threshold,
// which bank texts the data can carry (targets, meetings, calls), and one line on why each item
// was suggested.
import type { ConversationInput, ConversationMetric, DataNeed, QuestionGap } from '@shared/schemas/conversation';
import type { WeakStage } from '@shared/schemas/diagnosis';
import { inGap } from '../diagnosis/thresholds';
import { higherIsBetter } from '../metrics';
import { benchmarkSourceText, formatGap, metricGap } from './format';

/** The gap threshold when the input names none: the Settings default. */
export const DEFAULT_GAP_THRESHOLD = 0.2;

export const thresholdOf = (input: Pick<ConversationInput, 'gapThreshold'>): number => input.gapThreshold ?? DEFAULT_GAP_THRESHOLD;

/** Further than the threshold short of its benchmark, by the diagnosis's one rule (thresholds.ts). */
export function isGap(m: ConversationMetric, threshold: number): boolean {
  return inGap(m.value, m.benchmark, threshold, higherIsBetter(m.key)) === true;
}

const known = (input: ConversationInput, keys: readonly string[]) => input.metrics.some((m) => keys.includes(m.key) && m.value !== null);

/** Whether the rep's facts carry what a bank text takes for granted. */
export function dataHas(input: ConversationInput, need: DataNeed): boolean {
  switch (need) {
    case 'targets':
      return (
        input.metrics.some((m) => m.benchmarkSource === 'expectation') ||
        input.metrics.some((m) => (m.key === 'quota' || m.key === 'effectiveQuota') && m.value !== null && m.value > 0)
      );
    case 'meetings':
      return known(input, ['meetingsHeld', 'meetingsBooked']);
    case 'calls':
      return known(input, ['calls', 'emails', 'activities']);
  }
}

export const fitsData = (input: ConversationInput, needs: readonly DataNeed[]): boolean => needs.every((n) => dataHas(input, n));

const pct = (t: number) => `${Math.round(t * 100)}%`;

/** Why a talking point was suggested, in one line. */
export function talkingPointWhy(
  m: ConversationMetric,
  when: 'below' | 'meets',
  focus: boolean,
  threshold: number,
  ctx: { locale?: string | undefined; roleLabel?: string | null } = {},
): string {
  const gap = formatGap(metricGap(m), ctx.locale);
  const source = benchmarkSourceText(m, { roleLabel: ctx.roleLabel ?? null });
  if (when === 'meets') return `${m.label} is ${gap === 'level with it' ? 'level with' : `${gap}`} ${source}: something that works, said first.`;
  return `${m.label} is ${gap} ${source}, more than your ${pct(threshold)} gap threshold${focus ? '; a focus area' : ''}.`;
}

const QUESTION_WHY: Record<QuestionGap, string> = {
  general: 'Asked in every review: it lets the rep speak first.',
  effort: 'The diagnosis is an effort gap: this asks what held the activity back.',
  skill: 'The diagnosis is a skill gap: this asks how the rep handles that stage.',
  obstacle: 'You recorded an obstacle: this asks what it changes.',
  system: 'A "check the system first" sign is on this rep: this asks about the set-up.',
  'on-track': 'The rep is on track: this asks what works.',
  'insufficient-data': 'The data is incomplete: this asks what is missing.',
};

export function questionWhy(gap: QuestionGap, stage: WeakStage | null, stagePhrase: (s: WeakStage) => string): string {
  return gap === 'skill' && stage ? `The weak stage is ${stagePhrase(stage)}: this asks how the rep handles it.` : QUESTION_WHY[gap];
}

export function pushbackWhy(tier: 0 | 1 | 2, gapLabel: string | null): string {
  if (tier === 0) return 'Likely with the obstacle you recorded.';
  if (tier === 1) return `Often heard with this diagnosis${gapLabel ? `, and it touches ${gapLabel.toLowerCase()}, a gap of this rep` : ''}.`;
  return 'Can come up in any difficult conversation.';
}
