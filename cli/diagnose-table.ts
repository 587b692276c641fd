// The readable table `candor diagnose` prints without --json.
import type { RepDiagnosis, TeamDiagnosis } from '../shared/domain/diagnosis/index';
import { fmtPct } from '../shared/domain/diagnosis/index';
import { peerGroupLines, peerGroupName } from '../shared/domain/team';
import { peerMedianName } from '../shared/domain/metrics';
import { formatPeriod, formatPeriodRange } from '../shared/lib/format';

/** What each rep is judged against: the role's defaults, the peer median, or what Candor stores. */
export type Benchmark = 'role' | 'median' | 'stored';

/** Control characters in names would garble the terminal: shown as spaces. */
const clean = (s: string) => Array.from(s, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
const term = (r: RepDiagnosis, k: string) => {
  const t = r.window.decomposition.terms.find((x) => x.key === k);
  if (!t) return '';
  if (t.status === 'ok' && t.logRatio !== null) return (t.logRatio >= 0 ? '+' : '') + t.logRatio.toFixed(2);
  if (t.status === 'zero') return 'zero';
  if (t.status === 'out-of-scope') return 'n/a';
  return '?';
};

const pace = (r: RepDiagnosis) => {
  const p = r.window.decomposition.pace;
  if (!p) return '';
  return p.status === 'ok' && p.logRatio !== null ? (p.logRatio >= 0 ? '+' : '') + p.logRatio.toFixed(2) : '?';
};

/** The legend of the benchmark, naming whose median stands in where nothing is set ("the median of the role AE"). */
function benchmarkLine(benchmark: Benchmark, median: string): string {
  const terms = 'Terms are ln(rep ÷ benchmark): negative = below.';
  if (benchmark === 'role') return `Benchmark: the role defaults (ramp-adjusted) where set, else ${median}. ${terms}`;
  if (benchmark === 'stored') return `Benchmark: the expectations set or applied in Candor (ramp-adjusted) where set, else ${median}. ${terms}`;
  return `Benchmark: ${median} (no expectations set; --benchmark role applies the role defaults). ${terms.slice(0, -1)}; Pace (deals closed ÷ opportunities created) is timing, shown so the terms add up, not judged.`;
}

/** Whose median the team's figures are: the one peer group of every rep, else each rep's own (listed under Medians). */
function medianWords(team: TeamDiagnosis): string {
  const groups = new Set(team.reps.map((r) => peerGroupName(r.window.peers)));
  const [only] = groups;
  return groups.size === 1 && only !== undefined
    ? peerMedianName(only)
    : groups.size === 0
      ? peerMedianName(null)
      : "the median of each rep's peer group (see Medians)";
}

export function table(team: TeamDiagnosis, benchmark: Benchmark): string {
  const head = [
    'Rep',
    'Verdict',
    'Weak stage',
    'Confidence',
    'Attainment',
    'Vs median',
    'Effort',
    'Mtg→Opp',
    'Win rate',
    'Pace',
    'Deal size',
    'Warnings',
  ];
  const rows = team.reps.map((r) => [
    clean(r.name),
    r.verdict + (r.override ? ' (override)' : ''),
    r.weakStage ?? '',
    r.confidence,
    r.attainment === null ? '–' : fmtPct(r.attainment),
    r.window.result.vsTeamMedian === null ? '–' : fmtPct(r.window.result.vsTeamMedian),
    term(r, 'effort'),
    term(r, 'meetingToOpportunity'),
    term(r, 'opportunityToWin'),
    pace(r),
    term(r, 'dealSize'),
    r.warnings.map((w) => (w.kind === 'check-system' ? `!${w.id}` : w.id)).join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = new Set([4, 5, 6, 7, 8, 9, 10]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  const first = team.windowPeriods[0] ?? '';
  const last = team.windowPeriods[team.windowPeriods.length - 1] ?? '';
  out.push(
    `Period ${team.period ? formatPeriod(team.period) : '–'}, trailing window of ${team.window} (${first && last ? formatPeriodRange(first, last) : '–'}).`,
  );
  const median = medianWords(team);
  out.push(benchmarkLine(benchmark, median));
  out.push(
    team.reps.some((r) => r.window.result.target !== null)
      ? 'Attainment: the result against the quota in the file (or the role default with --benchmark role).'
      : `Attainment: none — no quota in the file and none set; results are compared with ${median}.`,
  );
  out.push(...peerLines(team));
  out.push('Warnings marked ! are check-the-system signs: look at the set-up before judging. Use --json for the evidence.');
  for (const n of team.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}

/** Which group each team median comes from: one line per distinct group, with the reps judged against it. */
export function peerLines(team: TeamDiagnosis): string[] {
  return peerGroupLines(team.reps.map((r) => ({ name: clean(r.name), choice: r.window.peers }))).map((l) => `Medians: ${l}`);
}
