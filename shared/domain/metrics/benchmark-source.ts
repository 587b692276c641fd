// The words for where a benchmark comes from, one place for every text that names it: the role's
// target ("the AE target", ramp-adjusted where a ramp applies), the rep's own target, the quota
// in the imported data, or the team median. Plans from before the origin was kept say
// "the expectation", as they always did.

export type BenchmarkOriginKey = 'role' | 'rep' | 'data' | 'team-median';

export type BenchmarkSourceFacts = {
  benchmarkSource: 'expectation' | 'team-median' | null;
  benchmarkOrigin?: BenchmarkOriginKey | null | undefined;
  rampAdjusted?: boolean | undefined;
};

/** Who reads the words: the rep ("your own target") or the manager and the file ("the rep's own target"). */
export type SourceVoice = 'rep' | 'manager';

const NO_ROLE = new Set(['', 'unassigned']);

/** "the AE target (ramp-adjusted)", "your own target", "the team median", "the expectation". */
export function benchmarkSourceName(m: BenchmarkSourceFacts, roleLabel: string | null, voice: SourceVoice = 'manager'): string {
  const whose = voice === 'rep' ? 'your' : "the rep's";
  const ramp = m.rampAdjusted ? ' (ramp-adjusted)' : '';
  switch (m.benchmarkOrigin) {
    case 'team-median':
      return 'the team median';
    case 'rep':
      return `${whose} own target${ramp}`;
    case 'data':
      return `${whose} quota in the imported data`;
    case 'role': {
      const role = (roleLabel ?? '').trim();
      return `${NO_ROLE.has(role.toLowerCase()) ? "the role's" : `the ${role}`} target${ramp}`;
    }
    default:
      return m.benchmarkSource === 'expectation' ? 'the expectation' : m.benchmarkSource === 'team-median' ? 'the team median' : 'the benchmark';
  }
}

/** The same as a label at the start of a line: "AE target (ramp-adjusted)", "Rep's own target", "Team median". */
export function benchmarkSourceLabel(m: BenchmarkSourceFacts, roleLabel: string | null): string {
  const name = benchmarkSourceName(m, roleLabel, 'manager').replace(/^the /, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The label with the window it covers: "AE target over Aug to Oct 2017", "Team median over Aug to Oct 2017". */
export function benchmarkSourceOver(m: BenchmarkSourceFacts, roleLabel: string | null, periodLabel: string): string {
  return `${benchmarkSourceLabel(m, roleLabel)} over ${periodLabel}`;
}
