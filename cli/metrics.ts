// candor metrics <file>... [--backup F [--passphrase-file P]] [--period month|week|quarter] [--sheet NAME] [--json]
// Imports one or more CSV/XLSX files with the auto-detected mapping and prints rep-period
// metrics. Several files (a deals export and an activities export, say) merge exactly as the
// app merges successive imports (cli/load.ts). With --backup, the rep-periods stored in a backup
// saved from Settings → Backup, with any files imported on top.
import type { PeriodKind } from '../shared/schemas/common';
import { METRIC_KEYS, METRIC_LABELS } from '../shared/schemas/metrics';
import type { FullReport, ImportOutcome } from '../shared/domain/import/index';
import type { CliIo } from './io';
import type { Loaded } from './load';
import { backupSourceOf, loadFiles } from './load';
import { BACKUP_OPTIONS, JSON_SWITCH, readArgs } from './args';
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeOf, type TeamScope } from './team-scope';

const USAGE = `Usage: candor metrics <file>... [--backup F [--passphrase-file P]] [--period month|week|quarter] [--sheet NAME] ${SCOPE_USAGE} [--json]`;

type Args = {
  files: string[];
  period: PeriodKind;
  json: boolean;
  sheet?: string;
  backup: string | null;
  passphraseFile: string | null;
  scope: TeamScope;
};

const OPTIONS = {
  ...JSON_SWITCH,
  ...BACKUP_OPTIONS,
  ...SCOPE_OPTIONS,
  period: { needs: 'month, week or quarter' },
  sheet: { needs: 'a sheet name' },
} as const;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { files, values } = read;
  const period = values.period ?? 'month';
  if (period !== 'month' && period !== 'week' && period !== 'quarter') return `--period must be month, week or quarter (got "${period}")`;
  const backup = values.backup ?? null;
  const passphraseFile = values['passphrase-file'] ?? null;
  if (files.length === 0 && backup === null) return 'missing <file> (or --backup <file>)';
  if (passphraseFile !== null && backup === null) return '--passphrase-file goes with --backup';
  const scope = scopeOf(values);
  if (typeof scope === 'string') return scope;
  const base = { files, period, json: values.json === true, backup, passphraseFile, scope } as const;
  return values.sheet === undefined ? base : { ...base, sheet: values.sheet };
}

function reportJson(outcome: ImportOutcome) {
  const report = outcome.report as FullReport;
  return {
    rowsRead: report.rowsRead,
    rowsAccepted: report.rowsAccepted,
    rowsRejected: report.rowsRejected,
    errors: report.errors.map((e) => ({ row: e.row, column: e.column, value: e.value, reason: e.reason, severity: e.severity, effect: e.effect })),
    errorsOmitted: report.errorsOmitted ?? 0,
    warnings: report.warnings,
    checks: (report.checks ?? []).map((c) => ({ id: c.id, message: c.message })),
  };
}

/** The rep-periods as printed: one flat object per rep-period, every metric (null = unknown), merged across files. */
function periodRows(loaded: Loaded) {
  const names = new Map(loaded.reps.map((r) => [r.id, r.name]));
  return loaded.periods.map((p) => ({ rep: names.get(p.repId) ?? p.repId, period: p.period, values: p.values }));
}

/**
 * The JSON the command prints: one flat object per rep-period, every metric (null = unknown).
 * One file: `kind` and `report` as before. Every run also lists `files` (one entry per file, in
 * the order given, each with its own report).
 */
export function metricsJson(loaded: Loaded) {
  const single = loaded.files.length === 1 ? loaded.files[0]?.outcome : undefined;
  return {
    ...(single ? { kind: single.kind } : {}),
    periodKind: loaded.files[0]?.outcome.periodKind ?? null,
    periods: periodRows(loaded).map((p) => ({ rep: p.rep, period: p.period, ...Object.fromEntries(METRIC_KEYS.map((k) => [k, p.values[k]])) })),
    ...(single ? { report: reportJson(single) } : {}),
    files: loaded.files.map((f) => ({ file: f.file, kind: f.outcome.kind, periodKind: f.outcome.periodKind, report: reportJson(f.outcome) })),
  };
}

function fmt(v: number | null, key: string): string {
  if (v === null) return '–';
  if (key === 'winRate') return `${Math.round(v * 1000) / 10}%`;
  if (Number.isInteger(v)) return String(v);
  return (Math.round(v * 100) / 100).toFixed(2);
}

function table(loaded: Loaded): string {
  const rowsOut = periodRows(loaded);
  const keys = METRIC_KEYS.filter((k) => rowsOut.some((p) => p.values[k] !== null));
  const head = ['Rep', 'Period', ...keys.map((k) => METRIC_LABELS[k])];
  const rows = rowsOut.map((p) => [
    [...p.rep].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join(''),
    p.period,
    ...keys.map((k) => fmt(p.values[k], k)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  for (const { file, outcome } of loaded.files) {
    const rep = outcome.report as FullReport;
    const from = loaded.files.length > 1 ? `${file}: ` : '';
    out.push(
      `${from}${outcome.kind} import, by ${outcome.periodKind}: ${rep.rowsRead} rows read, ${rep.rowsAccepted} accepted, ${rep.rowsRejected} rejected.`,
    );
    for (const c of rep.checks ?? []) out.push(`check: ${c.message}`);
    for (const w of rep.warnings) out.push(`warning: ${w}`);
    const shown = rep.errors.slice(0, 20);
    for (const e of shown)
      out.push(
        `row ${e.row}${e.column ? `, ${e.column}` : ''}${e.value ? ` "${e.value}"` : ''}: ${e.reason}${e.severity === 'warning' ? ' (warning)' : ''}`,
      );
    const more = rep.errors.length - shown.length + (rep.errorsOmitted ?? 0);
    if (more > 0) out.push(`… and ${more} more row issues (use --json for all).`);
  }
  if (loaded.files.length > 1) out.push(`${loaded.files.length} files merged as successive imports: later files' known values win.`);
  return out.join('\n') + '\n';
}

export async function runMetrics(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`candor metrics: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  const backup = await backupSourceOf(io, parsed.backup, parsed.passphraseFile);
  if (typeof backup === 'string') {
    io.stderr(`candor metrics: ${backup}\n`);
    return 2;
  }
  const loaded = await loadFiles(parsed.files, io, {
    periodKind: parsed.period,
    maxErrors: 10_000,
    ...(parsed.sheet === undefined ? {} : { sheet: parsed.sheet }),
    ...(backup ? { backup } : {}),
    scope: parsed.scope,
  });
  if (typeof loaded === 'string') {
    io.stderr(`candor metrics: ${loaded}\n`);
    return 2;
  }
  if (parsed.json) io.stdout(JSON.stringify(metricsJson(loaded), null, 2) + '\n');
  else io.stdout(table(loaded));
  return 0;
}
