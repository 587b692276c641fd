// Opportunity → win by creation cohort. Of the opportunities created in the window's periods,
// how many the export shows won, lost and still open (whenever they closed). A real rate on one
// group of deals, but one that keeps moving until the cohort has closed: it is shown beside the
// win rate of deals closed in the window and never drives the verdict (README, "How the
// diagnosis works"). A cohort with more than IMMATURE_OPEN_SHARE still open is immature: shown,
// not compared with the team.
import type { PeriodKey } from '@shared/schemas/common';
import { cohortCounts } from './aggregate';
import type { RepWindow, StatLookup } from './indexing';
import { wilsonInterval } from './stats';
import { inGap } from './thresholds';
import type { CreationCohort } from './types';

import { IMMATURE_OPEN_SHARE } from '../metrics';

export { IMMATURE_OPEN_SHARE };

/** Whether a cohort with these counts is too young to compare (nothing created counts as immature). */
export function isImmature(open: number, created: number): boolean {
  return created === 0 || open > created * IMMATURE_OPEN_SHARE;
}

/**
 * The creation cohort of a rep's window, with the team's figures (the same peer group as every
 * other comparison) and the one in-gap rule; null when the window's data have no cohort counts.
 */
export function creationCohort(rw: RepWindow, stats: StatLookup, threshold: number, dataEnd: PeriodKey | null): CreationCohort | null {
  const c = cohortCounts(rw.values);
  if (c === null) return null;
  const { won, lost, open, created } = c;
  const rate = rw.derived.cohortWinRate;
  const immature = isImmature(open, created);
  const team = stats.get('cohortWinRate');
  const teamOpen = stats.get('cohortOpenShare');
  const teamMedian = team?.median ?? null;
  const teamOpenShare = teamOpen?.median ?? null;
  const teamMature = teamOpenShare !== null && teamOpenShare <= IMMATURE_OPEN_SHARE;
  const benchmark = !immature && teamMature && teamMedian !== null && teamMedian > 0 ? teamMedian : null;
  return {
    periods: rw.periods,
    dataEnd,
    created,
    won,
    lost,
    open,
    winRate: rate,
    winRateIfOpenWon: created > 0 ? (won + open) / created : null,
    closedWinRate: won + lost > 0 ? won / (won + lost) : null,
    openShare: rw.derived.cohortOpenShare,
    immature,
    interval: created > 0 ? wilsonInterval(won, created) : null,
    teamMedian,
    teamOpenShare,
    teamSize: team?.n ?? 0,
    benchmark,
    benchmarkSource: benchmark === null ? null : 'team-median',
    inGap: benchmark === null ? null : inGap(rate, benchmark, threshold),
  };
}
