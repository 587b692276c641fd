// The pace rule: how far an action item should have come for the time gone since the plan
// started, against how far it has come, in the metric's direction. One rule for the check-in
// screen, the Team page and `candor checkin`; a status is computed, never picked.
import { daysBetween } from '../plan/dates';

export type PaceStatus = 'met' | 'on-track' | 'at-risk' | 'off-track' | 'not-measurable';

/** Best first: a higher rank is a better status ('not-measurable' has none). */
export const PACE_RANK: Readonly<Record<Exclude<PaceStatus, 'not-measurable'>, number>> = { met: 3, 'on-track': 2, 'at-risk': 1, 'off-track': 0 };

export const PACE_STATUS_LABELS: Readonly<Record<PaceStatus, string>> = {
  met: 'met',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'not-measurable': 'not measurable yet',
};

/**
 * The thresholds of the rule. Progress is measured along the way from baseline to target (0 at
 * the baseline, 1 at the target); the expected progress is the share of the time gone between
 * the plan's start and the item's due date.
 */
export const PACE_THRESHOLDS = {
  /** On track also when the progress made falls short of the expected progress by at most this share of the whole way. */
  onTrackTolerance: 0.05,
  /** At risk: below pace, but moved the right way by at least this share of the expected progress. */
  atRiskShare: 0.5,
} as const;

/** A share in words: "half", else a percentage ("5%"). */
const shareWords = (x: number) => (x === 0.5 ? 'half' : `${Math.round(x * 1000) / 10}%`);

/** The rule in words, written from PACE_THRESHOLDS, for the "how is this worked out" line beside every status. */
export const PACE_RULE_TEXT = `Met: at or beyond the target. On track: the progress made from the baseline towards the target is at least the progress expected for the time gone since the plan started (a straight line from the baseline on the start date to the target on the due date), less ${shareWords(PACE_THRESHOLDS.onTrackTolerance)} of the whole way. At risk: below that, but moved the right way by at least ${shareWords(PACE_THRESHOLDS.atRiskShare)} of the expected progress. Off track: anything less. Not measurable yet: no metric, target or baseline, no due date, the metric missing from the new data, or no complete period since the plan started; never read as zero.`;

/** Why an item cannot be measured. */
export type NotMeasurableReason = 'no-metric' | 'no-target' | 'no-baseline' | 'no-due-date' | 'metric-absent' | 'no-complete-period';

export type PaceInput = {
  higherIsBetter: boolean;
  baseline: number | null;
  target: number | null;
  /** The newest value over complete periods; null when there is none (see `missing`). */
  current: number | null;
  /** Why there is no current value (read only when current is null). */
  missing?: 'no-metric' | 'metric-absent' | 'no-complete-period';
  /** The plan's start date (YYYY-MM-DD). */
  start: string;
  /** The item's due date (YYYY-MM-DD). */
  due: string | null;
  /** The day the current value stands for: the last day of the last complete period measured. */
  at: string | null;
};

export type Pace = {
  status: PaceStatus;
  /** Why not measurable; null otherwise. */
  reason: NotMeasurableReason | null;
  /** The value expected on `at` for the time gone; null when it cannot be said. */
  expected: number | null;
  /** Share of the time from start to due gone by `at`, 0..1. */
  elapsedShare: number | null;
  /** Progress made as a share of the whole way from baseline to target (1 = at the target). */
  progressShare: number | null;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const EPS = 1e-9;

function notMeasurable(reason: NotMeasurableReason): Pace {
  return { status: 'not-measurable', reason, expected: null, elapsedShare: null, progressShare: null };
}

/** The share of the time from start to due gone by `at` (1 when the due date is on or before the start). */
export function elapsedShare(start: string, due: string, at: string): number {
  const span = daysBetween(start, due);
  return span <= 0 ? 1 : clamp01(daysBetween(start, at) / span);
}

/** THE pace rule (PACE_RULE_TEXT, PACE_THRESHOLDS). */
export function paceOf(input: PaceInput): Pace {
  const { baseline, target, current, higherIsBetter } = input;
  if (current === null) return notMeasurable(input.missing ?? 'metric-absent');
  if (target === null) return notMeasurable('no-target');
  const dir = higherIsBetter ? 1 : -1;
  // The straight line from the baseline to the target, where its ends are known (shown beside a met target too).
  const f = baseline !== null && input.due !== null && input.at !== null ? elapsedShare(input.start, input.due, input.at) : null;
  const expected = f !== null && baseline !== null ? baseline + (target - baseline) * f : null;
  const progressShare = baseline === null ? null : progressOf(baseline, target, current);
  if ((current - target) * dir >= -EPS * Math.max(1, Math.abs(target)))
    return { status: 'met', reason: null, expected, elapsedShare: f, progressShare };
  if (baseline === null) return notMeasurable('no-baseline');
  if (input.due === null) return notMeasurable('no-due-date');
  if (f === null || expected === null) return notMeasurable('no-complete-period');
  const way = (target - baseline) * dir;
  // A target no better than the baseline and not reached: nothing to be on pace towards.
  if (way <= 0) return { status: 'off-track', reason: null, expected, elapsedShare: f, progressShare: null };
  const progress = ((current - baseline) * dir) / way;
  const status: PaceStatus =
    progress >= f - PACE_THRESHOLDS.onTrackTolerance - EPS
      ? 'on-track'
      : progress > 0 && progress >= PACE_THRESHOLDS.atRiskShare * f - EPS
        ? 'at-risk'
        : 'off-track';
  return { status, reason: null, expected, elapsedShare: f, progressShare: progress };
}

function progressOf(baseline: number, target: number, current: number): number | null {
  const way = target - baseline;
  return Math.abs(way) < EPS ? null : (current - baseline) / way;
}

/**
 * A plan's status in one word, for lists (the Team and Plans pages): its worst measured item
 * (off track before at risk before on track before met); 'not-measurable' when no item can be
 * measured yet. An item not measurable never hides one that is off track.
 */
export function overallPace(statuses: readonly PaceStatus[]): PaceStatus {
  let worst: Exclude<PaceStatus, 'not-measurable'> | null = null;
  for (const s of statuses) if (s !== 'not-measurable' && (worst === null || PACE_RANK[s] < PACE_RANK[worst])) worst = s;
  return worst ?? 'not-measurable';
}
