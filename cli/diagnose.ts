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
import type { PeerBy } from '../shared/domain/team';
import { PEERS_OPTION, PEERS_USAGE, peersOf } from './peers';
import { loadDiagnosisData, ROLE_DEFAULTS, withPeriodKind, type ExpectationChoice } from '../shared/app/diagnosis';
import type { TeamDiagnosis } from '../shared/domain/diagnosis/index';
import { diagnoseTeam, parsePeriod } from '../shared/domain/diagnosis/index';
import { diagnoseJson } from './diagnose-json';
import { table } from './diagnose-table';
import type { TextFormat } from '../shared/lib/format';
import { formatPeriod, formatPeriodRange, isCurrencyCode } from '../shared/lib/format';
import type { CliIo } from './io';
import { backupSourceOf, loadFiles, type BackupSource } from './load';
import { FORMAT_OPTIONS, BACKUP_OPTIONS, JSON_SWITCH, readArgs } from './args';
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeOf, type TeamScope } from './team-scope';

const USAGE = `Usage: candor diagnose <file>... [--backup F [--passphrase-file P]] [--period YYYY-MM|YYYY-Qn|YYYY-Www] [--window N] [--benchmark median|role|stored] [--role ROLE] [--locale de-DE] [--currency EUR] ${SCOPE_USAGE} [--json] ${PEERS_USAGE}`;

/** What the team is held to: nothing stated (team median), the role defaults, or the expectations stored in a backup. */
export type { Benchmark } from './diagnose-table';
import type { Benchmark } from './diagnose-table';
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
  peers: PeerBy | null;
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

const OPTIONS = {
  ...JSON_SWITCH,
  ...FORMAT_OPTIONS,
  ...BACKUP_OPTIONS,
  ...SCOPE_OPTIONS,
  ...PEERS_OPTION,
  period: { needs: 'a period like 2026-10, 2026-Q3 or 2026-W07' },
  window: { needs: 'a value (a whole number from 1 to 24)' },
  benchmark: { needs: 'median, role or stored' },
  role: { needs: 'a role name, e.g. AE' },
} as const;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { files, values } = read;
  const period = values.period ?? null;
  if (period !== null && !parsePeriod(period)) return `--period must look like 2026-10, 2026-Q3 or 2026-W07 (got "${period}")`;
  const window = values.window === undefined ? null : Number(values.window);
  if (window !== null && (!Number.isInteger(window) || window < 1 || window > 24))
    return `--window must be a whole number from 1 to 24 (got "${values.window ?? ''}")`;
  const benchmark = values.benchmark ?? null;
  if (benchmark !== null && benchmark !== 'role' && benchmark !== 'median' && benchmark !== 'stored')
    return `--benchmark must be median, role or stored (got "${benchmark}")`;
  if (values.role !== undefined && !values.role.trim()) return '--role needs a role name, e.g. AE';
  const backup = values.backup ?? null;
  const passphraseFile = values['passphrase-file'] ?? null;
  if (files.length === 0 && backup === null) return 'missing <file> (or --backup <file>)';
  if (passphraseFile !== null && backup === null) return '--passphrase-file goes with --backup';
  if (benchmark === 'stored' && backup === null) return '--benchmark stored needs --backup (files alone store no expectations)';
  const format = textFormatOf(values.locale, values.currency);
  if (typeof format === 'string') return format;
  const scope = scopeOf(values);
  if (typeof scope === 'string') return scope;
  const peers = peersOf(values.peers);
  if (typeof peers === 'string') return peers;
  const role = values.role?.trim();
  return { files, backup, passphraseFile, period, window, json: values.json === true, benchmark, role, format, scope, peers: peers.peers };
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
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const backup = await backupSourceOf(io, parsed.backup, parsed.passphraseFile);
  if (typeof backup === 'string') return fail(backup);
  const loaded = await diagnoseFiles(io, parsed.files, { ...parsed, backup });
  if (!loaded.ok) return fail(loaded.message);
  const { team, benchmark } = loaded;
  if (parsed.json) io.stdout(JSON.stringify(diagnoseJson(team, benchmark, parsed.format?.locale), null, 2) + '\n');
  else io.stdout(table(team, benchmark));
  return 0;
}
