// candor diagnose <file>... [--period YYYY-MM|YYYY-Qn|YYYY-Www] [--window N] [--benchmark median|role] [--role ROLE]
//   [--locale de-DE] [--currency EUR] [--json]
//
// Imports the files with the auto-detected mapping (the same pipeline as the app), merges them
// as the app merges successive imports (cli/load.ts), then diagnoses every rep for the period
// (default: the latest in the data) over a trailing window.
//
// Benchmarks (--benchmark, default median):
//   median  no stated expectations, as in the app until the manager sets or applies them: every
//           factor is compared with the team median.
//   role    the shipped role defaults (SDR, AE, AM) applied, as the app's "Apply the defaults"
//           does; reps whose role is none of them are compared with the team median.
// The quota in the file, when present, is always the target the result is held to; without one
// there is no attainment, only the result against the team median.
// --role: the role of reps the files do not assign one (the app's import step defaults to AE).
// A monthly sheet diagnosed for a quarter (--period 2026-Q3) is rolled up month → quarter.
// --locale and --currency: how the evidence sentences write numbers and amounts (default en-US
// digits and amounts without a currency symbol: the CLI does not guess a currency).
// --backup F: a backup saved from Settings → Backup (encrypted: --passphrase-file P or the
// CANDOR_PASSPHRASE variable); the team, settings, expectations and overrides stored in it are
// diagnosed (--benchmark stored, its default), with any files given imported on top of it.
import type { PeriodKind } from '../shared/schemas/common';
import { peerGroupName, peerSentence, type PeerBy } from '../shared/domain/team';
import { PEERS_USAGE, takePeers } from './peers';
import { loadDiagnosisData, ROLE_DEFAULTS, withPeriodKind, type ExpectationChoice } from '../shared/app/diagnosis';
import type { MetricComparison, RepDiagnosis, TeamDiagnosis } from '../shared/domain/diagnosis/index';
import { diagnoseTeam, parsePeriod } from '../shared/domain/diagnosis/index';
import { table } from './diagnose-table';
import { benchmarkSourceOver, type BenchmarkSourceFacts } from '../shared/domain/metrics';
import type { TextFormat } from '../shared/lib/format';
import { formatPeriod, formatPeriodRange, isCurrencyCode } from '../shared/lib/format';
import type { CliIo } from './io';
import { backupSourceOf, loadFiles, type BackupSource } from './load';
import { checkScope, isScopeOption, SCOPE_USAGE, setScopeOption, type TeamScope } from './team-scope';

const USAGE = `Usage: candor diagnose <file>... [--backup F [--passphrase-file P]] [--period YYYY-MM|YYYY-Qn|YYYY-Www] [--window N] [--benchmark median|role|stored] [--role ROLE] [--locale de-DE] [--currency EUR] ${SCOPE_USAGE} [--json] ${PEERS_USAGE}`;

/** What the team is held to: nothing stated (team median), the role defaults, or the expectations stored in a backup. */
export type Benchmark = 'role' | 'median' | 'stored';
type Args = {
  files: string[];
  backup: string | null;
  passphraseFile: string | null;
  period: string | null;
  window: number | null;
  json: boolean;
  benchmark: Benchmark | null;
  role: string | undefined;
  format: TextFormat;
  scope: TeamScope;
};

/** The --locale / --currency pair checked: a message when either is not recognised. */
export function textFormatOf(locale: string | undefined, currency: string | undefined): TextFormat | string {
  const out: TextFormat = {};
  if (locale !== undefined) {
    try {
      out.locale = Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
    } catch {
      return `--locale must be a language tag like en-US or de-DE (got "${locale}")`;
    }
  }
  if (currency !== undefined) {
    if (!isCurrencyCode(currency)) return `--currency must be a three-letter currency code like USD or EUR (got "${currency}")`;
    out.currency = currency.toUpperCase();
  }
  return out;
}

function parseArgs(args: string[]): Args | string {
  const files: string[] = [];
  let period: string | null = null;
  let window: number | null = null;
  let json = false;
  let benchmark: Benchmark | null = null;
  let backup: string | null = null;
  let passphraseFile: string | null = null;
  let role: string | undefined;
  let locale: string | undefined;
  let currency: string | undefined;
  const scope: TeamScope = {};
  const value = (a: string, i: number): [string | undefined, number] => (a.includes('=') ? [a.slice(a.indexOf('=') + 1), i] : [args[i + 1], i + 1]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (isScopeOption(a)) {
      const [v, j] = value(a, i);
      i = j;
      const wrong = setScopeOption(scope, a, v);
      if (wrong) return wrong;
    } else if (a === '--period' || a.startsWith('--period=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!v || !parsePeriod(v)) return `--period must look like 2026-10, 2026-Q3 or 2026-W07 (got "${v ?? ''}")`;
      period = v;
    } else if (a === '--window' || a.startsWith('--window=')) {
      const [v, j] = value(a, i);
      i = j;
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1 || n > 24) return `--window must be a whole number from 1 to 24 (got "${v ?? ''}")`;
      window = n;
    } else if (a === '--benchmark' || a.startsWith('--benchmark=')) {
      const [v, j] = value(a, i);
      i = j;
      if (v !== 'role' && v !== 'median' && v !== 'stored') return `--benchmark must be median, role or stored (got "${v ?? ''}")`;
      benchmark = v;
    } else if (a === '--backup' || a.startsWith('--backup=') || a === '--passphrase-file' || a.startsWith('--passphrase-file=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!v) return `${a.split('=')[0] ?? a} needs a file name`;
      if (a.startsWith('--backup')) backup = v;
      else passphraseFile = v;
    } else if (a === '--role' || a.startsWith('--role=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!v || !v.trim()) return '--role needs a role name, e.g. AE';
      role = v.trim();
    } else if (a === '--locale' || a.startsWith('--locale=') || a === '--currency' || a.startsWith('--currency=')) {
      const [v, j] = value(a, i);
      i = j;
      if (!v) return `${a.split('=')[0] ?? a} needs a value`;
      if (a.startsWith('--locale')) locale = v;
      else currency = v;
    } else if (a.startsWith('-')) return `unknown option "${a}"`;
    else files.push(a);
  }
  if (files.length === 0 && backup === null) return 'missing <file> (or --backup <file>)';
  if (passphraseFile !== null && backup === null) return '--passphrase-file goes with --backup';
  if (benchmark === 'stored' && backup === null) return '--benchmark stored needs --backup (files alone store no expectations)';
  const format = textFormatOf(locale, currency);
  if (typeof format === 'string') return format;
  const wrongScope = checkScope(scope);
  if (wrongScope) return wrongScope;
  return { files, backup, passphraseFile, period, window, json, benchmark, role, format, scope };
}

const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** JSON key of a metric: the conventional win rate (won ÷ closed) is `winRate`; the rest keep the engine's key. */
const jsonKey = (m: MetricComparison): string => (m.key === 'closedWinRate' ? 'winRate' : m.key);

/**
 * Per metric of the window: value, what it is judged against and whose number that is
 * (benchmarkOrigin: role, rep, data or team-median), named as the app names it ("AE target over
 * Aug to Oct 2017"); rates as fractions.
 */
export function metricsOf(a: RepDiagnosis['window'], roleLabel: string | null = null, periodLabel = '') {
  const out: Record<string, ReturnType<typeof entry>> = {};
  const entry = (value: number | null, m: BenchmarkSourceFacts & { benchmark: number | null }) => {
    const named = m.benchmark !== null && m.benchmarkSource !== null;
    const origin = named ? (m.benchmarkOrigin ?? null) : null;
    const from = named ? benchmarkSourceOver(m, roleLabel, periodLabel) : null;
    return { value, benchmark: m.benchmark, benchmarkSource: m.benchmarkSource, benchmarkOrigin: origin, benchmarkFrom: from };
  };
  const none = { benchmark: null, benchmarkSource: null };
  for (const m of a.metrics) {
    if (m.key === 'winRate') continue; // the stated rate of a sheet; closedWinRate is the one win rate
    out[jsonKey(m)] = entry(m.value, m);
  }
  // The creation cohort (deal records with created dates): counts are not judged; the rate only
  // against the team median, and only when the cohort is mature.
  const c = a.cohort;
  if (c) {
    out.cohortWon = entry(c.won, none);
    out.cohortLost = entry(c.lost, none);
    out.cohortOpen = entry(c.open, none);
    out.cohortWinRate = entry(c.winRate, {
      benchmark: c.benchmark,
      benchmarkSource: c.benchmarkSource,
      benchmarkOrigin: 'team-median',
      peerGroup: peerGroupName(a.peers),
    });
  }
  return out;
}

/** The creation cohort of the window, or null where the data have no created dates. */
export function cohortOf(a: RepDiagnosis['window']) {
  const c = a.cohort;
  if (!c) return null;
  return {
    periods: c.periods,
    dataEnd: c.dataEnd,
    created: c.created,
    won: c.won,
    lost: c.lost,
    open: c.open,
    winRate: c.winRate,
    openShare: c.openShare,
    immature: c.immature,
    teamMedian: c.teamMedian,
  };
}

/** "Aug to Oct 2017": the window a rep's figures cover. */
const windowLabel = (p: readonly string[], locale?: string) => (p.length ? formatPeriodRange(p[0]!, p[p.length - 1]!, locale) : '');

/** The JSON the command prints. */
export function diagnoseJson(team: TeamDiagnosis, benchmark: Benchmark, locale?: string) {
  return {
    period: team.period,
    periodKind: team.periodKind,
    window: team.window,
    windowPeriods: team.windowPeriods,
    benchmark,
    effortSignal: team.effortSignal,
    incompletePeriods: team.incompletePeriods,
    incompleteHead: team.incompleteHead,
    incompleteTail: team.incompletePeriods.filter((p) => !team.incompleteHead.includes(p)),
    notes: team.notes,
    reps: team.reps.map((r) => ({
      rep: r.name,
      role: r.role,
      verdict: r.verdict,
      weakStage: r.weakStage,
      confidence: r.confidence,
      attainment: r3(r.attainment),
      currentPeriod: {
        verdict: r.current.verdict,
        weakStage: r.current.weakStage,
        confidence: r.current.confidence,
        attainment: r3(r.current.result.attainment),
      },
      metrics: metricsOf(r.window, r.role || null, windowLabel(r.window.periods, locale)),
      /** Whose median the comparisons use, and why a narrower group was passed over. */
      peers: peerSentence(r.window.peers),
      cohort: cohortOf(r.window),
      terms: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.logRatio)])),
      closingPace: r3(r.window.decomposition.pace?.logRatio ?? null),
      termStatus: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, t.status])),
      shareOfShortfall: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.shareOfShortfall)])),
      checkSystemFirst: r.checkSystemFirst,
      warnings: r.warnings,
      evidence: r.window.evidence,
    })),
  };
}

export type TeamOptions = {
  period: string | null;
  window: number | null;
  /** Default: stored with a backup, else median. */
  benchmark: Benchmark | null;
  role?: string | undefined;
  /** How the sentences write numbers and amounts (default en-US, no currency symbol). */
  format?: TextFormat | undefined;
  /** A manager's backup to diagnose (files are imported on top of it). */
  backup?: BackupSource | undefined;
  /** A roster to apply and the team, manager or office to diagnose (cli/team-scope.ts). */
  scope?: TeamScope | undefined;
  /** Whose median each rep is compared with (default: the backup's setting, else role). */
  peers?: PeerBy | null | undefined;
};

const expectationsFor = (b: Benchmark): ExpectationChoice => (b === 'stored' ? { stored: true } : b === 'role' ? ROLE_DEFAULTS : { list: [] });

/**
 * Files through the app's import pipeline and import use case (over a memory store, or a backup
 * opened into one), the diagnosis input as the app reads it (shared/app/diagnosis.ts), then the
 * diagnosis engine (also used by `candor plan`): the team's diagnosis and the benchmark used, or
 * a one-line reason it cannot be diagnosed.
 */
export async function diagnoseFiles(
  io: CliIo,
  files: string[],
  opts: TeamOptions,
): Promise<{ ok: true; team: TeamDiagnosis; benchmark: Benchmark; periodKind: PeriodKind } | { ok: false; message: string }> {
  const fail = (message: string) => ({ ok: false as const, message });
  const asked = opts.period ? (parsePeriod(opts.period)?.kind ?? 'month') : null;
  const loaded = await loadFiles(files, io, {
    periodKind: asked ?? 'month',
    maxErrors: 100,
    ...(opts.role ? { newRepRole: opts.role } : {}),
    ...(opts.backup ? { backup: opts.backup } : {}),
    ...(opts.scope ? { scope: opts.scope } : {}),
  });
  if (typeof loaded === 'string') return fail(loaded);
  const what = opts.backup ? `the backup${files.length ? ' and the files' : ''}` : files.length === 1 ? `"${files[0] ?? ''}"` : 'the files';
  if (loaded.periods.length === 0) {
    const rejected = loaded.files.reduce((n, f) => n + f.outcome.report.rowsRejected, 0);
    return fail(`no usable rep-period rows in ${what} (${rejected} rows rejected).`);
  }
  const benchmark = opts.benchmark ?? (opts.backup ? 'stored' : 'median');
  // Files alone are read by month unless a period says otherwise; a backup by its own setting.
  const data = await loadDiagnosisData(loaded.store, {
    expectations: expectationsFor(benchmark),
    ...(asked || !opts.backup ? { periodKind: asked ?? 'month' } : {}),
    ...(opts.peers ? { peers: opts.peers } : {}),
  });
  const chosen = asked ? withPeriodKind(data, asked, true) : data;
  if (typeof chosen === 'string') return fail(`${chosen}.`);
  if (chosen === null || chosen.periodKind === null) return fail(`no periods to diagnose in ${what}.`);
  const rolledUp = asked === 'quarter' && !data.merged.some((r) => r.periodKind === 'quarter');
  if (rolledUp && opts.period && !chosen.periods.includes(opts.period)) {
    const first = chosen.periods[0] ?? '';
    const last = chosen.periods[chosen.periods.length - 1] ?? '';
    return fail(
      `${formatPeriod(opts.period)} is not a whole quarter of the monthly data: quarters are rolled up only from all three of their months (here ${formatPeriodRange(first, last)}).`,
    );
  }
  const team = diagnoseTeam({
    ...chosen.input,
    ...(opts.period ? { period: opts.period } : {}),
    ...(opts.window ? { window: opts.window } : {}),
    ...(opts.format ? { format: opts.format } : {}),
  });
  if (team.period === null) return fail(`no periods to diagnose in ${what}.`);
  return { ok: true, team, benchmark, periodKind: chosen.periodKind };
}

export async function runDiagnose(args: string[], io: CliIo): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor diagnose: ${msg}\n`);
    return 2;
  };
  const peers = takePeers(args);
  if (typeof peers === 'string') return fail(`${peers}. ${USAGE}`);
  const parsed = parseArgs(peers.rest);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const backup = await backupSourceOf(io, parsed.backup, parsed.passphraseFile);
  if (typeof backup === 'string') return fail(backup);
  const loaded = await diagnoseFiles(io, parsed.files, { ...parsed, backup, peers: peers.peers });
  if (!loaded.ok) return fail(loaded.message);
  const { team, benchmark } = loaded;
  if (parsed.json) io.stdout(JSON.stringify(diagnoseJson(team, benchmark, parsed.format?.locale), null, 2) + '\n');
  else io.stdout(table(team, benchmark));
  return 0;
}
