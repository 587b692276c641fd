// The one "in gap" rule. Every comparison of a value with its benchmark — funnel factors,
// results against a team median, cycle length, and the colours on the Team and Rep pages —
// goes through these, with the manager's gap threshold (settings.gapThreshold).

/** Tolerance so that a value exactly at the threshold (up to float noise) is not in gap. */
export const GAP_EPSILON = 1e-9;

/** value ÷ benchmark more than the threshold below 1 (higher is better). */
export function ratioInGap(ratio: number, threshold: number): boolean {
  return ratio < 1 - threshold - GAP_EPSILON;
}

/**
 * Whether a value sits beyond the threshold on the wrong side of its benchmark: below it when
 * higher is better, above it when lower is better (cycle days, complaints). null when either is
 * unknown or the benchmark is not positive.
 */
export function inGap(value: number | null, benchmark: number | null, threshold: number, higherIsBetter = true): boolean | null {
  if (value === null || benchmark === null || !(benchmark > 0)) return null;
  return higherIsBetter ? ratioInGap(value / benchmark, threshold) : value > benchmark * (1 + threshold) * (1 + GAP_EPSILON);
}

/** A result within the threshold of its reference (the team median when no target is set). */
export function withinThreshold(value: number, reference: number, threshold: number): boolean {
  return value >= reference * (1 - threshold) * (1 - GAP_EPSILON);
}
