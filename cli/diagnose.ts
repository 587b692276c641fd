// candor diagnose <file> [--period YYYY-MM|YYYY-Qn|YYYY-Www] [--window N] [--benchmark auto|role|median] [--json]
//
// Imports the file with the auto-detected mapping (the same pipeline as the app), then
// diagnoses every rep for the period (default: the latest in the file) over a trailing window.
//
// Benchmarks (--benchmark, default auto):
//   role    the shipped role defaults (SDR, AE, AM); reps whose role is not one of them, or who
//           have no role, are compared with the team median.
//   median  no stated expectations: every factor is compared with the team median.
//   auto    role when the file has a role column and every rep's role is a default role; else median.
// The quota in the file, when present, is always the target the result is held to.
// A monthly sheet diagnosed for a quarter (--period 2026-Q3) is rolled up month → quarter.
import type { PeriodKind } from '../shared/schemas/common';
import { nameKey } from '../shared/schemas/common';
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../shared/schemas/settings';
import type { RoleExpectation } from '../shared/schemas/expectations';
import { analyseFile, importFile, settingsFromAnalysis } from '../shared/domain/import/index';
import type { DiagnosisPeriodRow, RepDiagnosis, TeamDiagnosis } from '../shared/domain/diagnosis/index';
import {
  DEFAULT_ROLE_EXPECTATIONS,
  diagnoseTeam,
  fmtPct,
  fromRepPeriodRows,
  parsePeriod,
  rollUpMonthsToQuarters,
} from '../shared/domain/diagnosis/index';
import type { CliIo } from './io';

const USAGE = 'Usage: candor diagnose <file> [--period YYYY-MM|YYYY-Qn|YYYY-Www] [--window N] [--benchmark auto|role|median] [--json]';

export type Benchmark = 'auto' | 'role' | 'median';
type Args = { file: string; period: string | null; window: number | null; json: boolean; benchmark: Benchmark };

function parseArgs(args: string[]): Args | string {
  let file: string | undefined;
  let period: string | null = null;
  let window: number | null = null;
  let json = false;
  let benchmark: Benchmark = 'auto';
  const value = (a: string, i: number): [string | undefined, number] => (a.includes('=') ? [a.slice(a.indexOf('=') + 1), i] : [args[i + 1], i + 1]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--period' || a.startsWith('--period=')) {
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
      if (v !== 'auto' && v !== 'role' && v !== 'median') return `--benchmark must be auto, role or median (got "${v ?? ''}")`;
      benchmark = v;
    } else if (a.startsWith('-')) return `unknown option "${a}"`;
    else if (file === undefined) file = a;
    else return `unexpected argument "${a}"`;
  }
  if (file === undefined) return 'missing <file>';
  return { file, period, window, json, benchmark };
}

const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** The JSON the command prints. */
export function diagnoseJson(team: TeamDiagnosis, benchmark: 'role' | 'median') {
  return {
    period: team.period,
    periodKind: team.periodKind,
    window: team.window,
    windowPeriods: team.windowPeriods,
    benchmark,
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
      terms: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.logRatio)])),
      termStatus: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, t.status])),
      shareOfShortfall: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.shareOfShortfall)])),
      checkSystemFirst: r.checkSystemFirst,
      warnings: r.warnings,
      evidence: r.window.evidence,
    })),
  };
}

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

function table(team: TeamDiagnosis, benchmark: 'role' | 'median'): string {
  const head = ['Rep', 'Verdict', 'Weak stage', 'Confidence', 'Attainment', 'Effort', 'Mtg→Opp', 'Opp→Win', 'Deal size', 'Warnings'];
  const rows = team.reps.map((r) => [
    clean(r.name),
    r.verdict + (r.override ? ' (override)' : ''),
    r.weakStage ?? '',
    r.confidence,
    r.attainment === null ? '–' : fmtPct(r.attainment),
    term(r, 'effort'),
    term(r, 'meetingToOpportunity'),
    term(r, 'opportunityToWin'),
    term(r, 'dealSize'),
    r.warnings.map((w) => (w.kind === 'check-system' ? `!${w.id}` : w.id)).join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = new Set([4, 5, 6, 7, 8]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  const first = team.windowPeriods[0] ?? '';
  const last = team.windowPeriods[team.windowPeriods.length - 1] ?? '';
  out.push(`Period ${team.period ?? '–'}, trailing window of ${team.window} (${first === last ? first : `${first} to ${last}`}).`);
  out.push(
    benchmark === 'role'
      ? 'Benchmark: the role defaults (ramp-adjusted) where set, else the team median. Terms are ln(rep ÷ benchmark): negative = below.'
      : 'Benchmark: the team median (no stated expectations). Terms are ln(rep ÷ benchmark): negative = below.',
  );
  out.push('Warnings marked ! are check-the-system signs: look at the set-up before judging. Use --json for the evidence.');
  for (const n of team.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}

export type TeamOptions = { period: string | null; window: number | null; benchmark: Benchmark };

/**
 * A file through the app's import pipeline and diagnosis engine (also used by `candor plan`):
 * the team's diagnosis and the benchmark used, or a one-line reason it cannot be diagnosed.
 */
export async function diagnoseFile(
  io: CliIo,
  file: string,
  opts: TeamOptions,
): Promise<{ ok: true; team: TeamDiagnosis; benchmark: 'role' | 'median'; periodKind: PeriodKind } | { ok: false; message: string }> {
  const fail = (message: string) => ({ ok: false as const, message });
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    return fail(
      `cannot read "${file}"${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code ? ` (${code})` : ''}.`,
    );
  }
  const wantKind: PeriodKind = opts.period ? (parsePeriod(opts.period)?.kind ?? 'month') : 'month';
  const name = file.split(/[\\/]/).pop() ?? file;
  const analysis = await analyseFile(bytes, name);
  if (!analysis.ok) return fail(`${analysis.error.message} [${analysis.error.code}]`);
  const result = await importFile(bytes, name, settingsFromAnalysis(analysis.value, { periodKind: wantKind, keepRecords: false, maxErrors: 100 }));
  if (!result.ok) return fail(`${result.error.message} [${result.error.code}]`);
  const outcome = result.value;
  if (outcome.periods.length === 0) return fail(`no usable rep-period rows in "${file}" (${outcome.report.rowsRejected} rows rejected).`);

  const { reps, periods: rows } = fromRepPeriodRows(outcome.periods);
  // Period sheets carry their own period keys: go by the rows, not the import setting.
  let periods: DiagnosisPeriodRow[] = rows.filter((r) => r.periodKind === wantKind);
  if (periods.length === 0) {
    const kinds = [...new Set(rows.map((r) => r.periodKind))];
    if (wantKind === 'quarter' && kinds.includes('month')) periods = rollUpMonthsToQuarters(rows);
    else return fail(`the file holds ${kinds.map((k) => `${k}ly`).join(' and ')} periods; it cannot be diagnosed by ${wantKind}.`);
  }

  const defaults = new Set(DEFAULT_ROLE_EXPECTATIONS.map((e) => nameKey(e.role)));
  const hasRoles = outcome.periods.some((p) => p.role !== null);
  const allDefault = reps.every((r) => defaults.has(nameKey(r.role)));
  const benchmark: 'role' | 'median' = opts.benchmark === 'auto' ? (hasRoles && allDefault ? 'role' : 'median') : opts.benchmark;
  const expectations: RoleExpectation[] = benchmark === 'role' ? [...DEFAULT_ROLE_EXPECTATIONS] : [];

  const team = diagnoseTeam({
    reps,
    periods,
    expectations,
    settings: DEFAULT_DIAGNOSIS_SETTINGS,
    overrides: [],
    ...(opts.period ? { period: opts.period } : {}),
    ...(opts.window ? { window: opts.window } : {}),
  });
  if (team.period === null) return fail(`no periods to diagnose in "${file}".`);
  return { ok: true, team, benchmark, periodKind: wantKind };
}

export async function runDiagnose(args: string[], io: CliIo): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor diagnose: ${msg}\n`);
    return 2;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  const loaded = await diagnoseFile(io, parsed.file, parsed);
  if (!loaded.ok) return fail(loaded.message);
  const { team, benchmark } = loaded;
  if (parsed.json) io.stdout(JSON.stringify(diagnoseJson(team, benchmark), null, 2) + '\n');
  else io.stdout(table(team, benchmark));
  return 0;
}
