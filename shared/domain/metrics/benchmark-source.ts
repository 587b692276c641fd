// The words for where a benchmark comes from, one place for every text that names it: the role's
// target ("the AE target", ramp-adjusted where a ramp applies), the rep's own target, the quota
// in the imported data, or the median of the rep's peer group ("the median of the role AE", "the
// median of Dustin Brinkmann’s team": peerMedianName). Plans from before the origin was kept say
// "the expectation", and plans from before the peer group was kept "the team median", as they
// always did.
import { capitalise } from '@shared/lib/format';

export type BenchmarkOriginKey = 'role' | 'rep' | 'data' | 'team-median';

export type BenchmarkSourceFacts = {
  benchmarkSource: 'expectation' | 'team-median' | null;
  benchmarkOrigin?: BenchmarkOriginKey | null | undefined;
  rampAdjusted?: boolean | undefined;
  /**
   * The peer group a median comes from, in a few words ("the role AE", "Dustin Brinkmann’s team",
   * "everyone with data": peerGroupName in shared/domain/team), as it was when the figure was
   * taken; absent in plans from before it was kept.
   */
  peerGroup?: string | null | undefined;
};

/**
 * THE name of a peer median, for every text that says whose median a figure is: "the median of
 * the role AE", "the median of Dustin Brinkmann’s team"; "the team median" where the group is not
 * known (plans from before it was kept).
 */
export function peerMedianName(peerGroup: string | null | undefined): string {
  const group = (peerGroup ?? '').trim();
  return group ? `the median of ${group}` : 'the team median';
}

/** Who reads the words: the rep ("your own target") or the manager and the file ("the rep's own target"). */
export type SourceVoice = 'rep' | 'manager';

const NO_ROLE = new Set(['', 'unassigned']);

/** The same at the start of a line or a column: "Median of the role AE", "Team median". */
export function peerMedianLabel(peerGroup: string | null | undefined): string {
  return capitalise(peerMedianName(peerGroup).replace(/^the /, ''));
}

/** "the AE target (ramp-adjusted)", "your own target", "the median of the role AE", "the expectation". */
export function benchmarkSourceName(m: BenchmarkSourceFacts, roleLabel: string | null, voice: SourceVoice = 'manager'): string {
  const whose = voice === 'rep' ? 'your' : "the rep's";
  const ramp = m.rampAdjusted ? ' (ramp-adjusted)' : '';
  switch (m.benchmarkOrigin) {
    case 'team-median':
      return peerMedianName(m.peerGroup);
    case 'rep':
      return `${whose} own target${ramp}`;
    case 'data':
      return `${whose} quota in the imported data`;
    case 'role': {
      const role = (roleLabel ?? '').trim();
      return `${NO_ROLE.has(role.toLowerCase()) ? "the role's" : `the ${role}`} target${ramp}`;
    }
    default:
      return m.benchmarkSource === 'expectation'
        ? 'the expectation'
        : m.benchmarkSource === 'team-median'
          ? peerMedianName(m.peerGroup)
          : 'the benchmark';
  }
}

/** The same as a label at the start of a line: "AE target (ramp-adjusted)", "Rep's own target", "Median of the role AE". */
export function benchmarkSourceLabel(m: BenchmarkSourceFacts, roleLabel: string | null): string {
  return capitalise(benchmarkSourceName(m, roleLabel, 'manager').replace(/^the /, ''));
}

/** The label with the window it covers: "AE target over Aug to Oct 2017", "Median of the role AE over Aug to Oct 2017". */
export function benchmarkSourceOver(m: BenchmarkSourceFacts, roleLabel: string | null, periodLabel: string): string {
  return `${benchmarkSourceLabel(m, roleLabel)} over ${periodLabel}`;
}
