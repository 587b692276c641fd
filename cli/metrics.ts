// candor metrics <file> [--period month|week|quarter] [--sheet NAME] [--json]
// Imports a CSV/XLSX with the auto-detected mapping and prints rep-period metrics.
import type { PeriodKind } from '../shared/schemas/common';
import { METRIC_KEYS, METRIC_LABELS } from '../shared/schemas/metrics';
import type { FullReport, ImportOutcome } from '../shared/domain/import/index';
import { analyseFile, importFile, settingsFromAnalysis } from '../shared/domain/import/index';
import type { CliIo } from './io';

const USAGE = 'Usage: candor metrics <file> [--period month|week|quarter] [--sheet NAME] [--json]';

type Args = { file: string; period: PeriodKind; json: boolean; sheet?: string };

function parseArgs(args: string[]): Args | string {
  let file: string | undefined;
  let period: PeriodKind = 'month';
  let json = false;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--period' || a.startsWith('--period=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'month' && v !== 'week' && v !== 'quarter') return `--period must be month, week or quarter (got "${v ?? ''}")`;
      period = v;
    } else if (a === '--sheet' || a.startsWith('--sheet=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v) return '--sheet needs a sheet name';
      sheet = v;
    } else if (a.startsWith('-')) return `unknown option "${a}"`;
    else if (file === undefined) file = a;
    else return `unexpected argument "${a}"`;
  }
  if (file === undefined) return 'missing <file>';
  return sheet === undefined ? { file, period, json } : { file, period, json, sheet };
}

/** The JSON the command prints: one flat object per rep-period, every metric (null = unknown). */
export function metricsJson(outcome: ImportOutcome) {
  const report = outcome.report as FullReport;
  return {
    kind: outcome.kind,
    periodKind: outcome.periodKind,
    periods: outcome.periods.map((p) => ({ rep: p.rep, period: p.period, ...Object.fromEntries(METRIC_KEYS.map((k) => [k, p.values[k]])) })),
    report: {
      rowsRead: report.rowsRead,
      rowsAccepted: report.rowsAccepted,
      rowsRejected: report.rowsRejected,
      errors: report.errors.map((e) => ({ row: e.row, column: e.column, value: e.value, reason: e.reason, severity: e.severity })),
      errorsOmitted: report.errorsOmitted ?? 0,
      warnings: report.warnings,
    },
  };
}

function fmt(v: number | null, key: string): string {
  if (v === null) return '–';
  if (key === 'winRate') return `${Math.round(v * 1000) / 10}%`;
  if (Number.isInteger(v)) return String(v);
  return (Math.round(v * 100) / 100).toFixed(2);
}

function table(outcome: ImportOutcome): string {
  const keys = METRIC_KEYS.filter((k) => outcome.periods.some((p) => p.values[k] !== null));
  const head = ['Rep', 'Period', ...keys.map((k) => METRIC_LABELS[k])];
  const rows = outcome.periods.map((p) => [
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
  const rep = outcome.report as FullReport;
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  out.push(
    `${outcome.kind} import, by ${outcome.periodKind}: ${rep.rowsRead} rows read, ${rep.rowsAccepted} accepted, ${rep.rowsRejected} rejected.`,
  );
  for (const w of rep.warnings) out.push(`warning: ${w}`);
  const shown = rep.errors.slice(0, 20);
  for (const e of shown)
    out.push(
      `row ${e.row}${e.column ? `, ${e.column}` : ''}${e.value ? ` "${e.value}"` : ''}: ${e.reason}${e.severity === 'warning' ? ' (warning)' : ''}`,
    );
  const more = rep.errors.length - shown.length + (rep.errorsOmitted ?? 0);
  if (more > 0) out.push(`… and ${more} more row issues (use --json for all).`);
  return out.join('\n') + '\n';
}

export async function runMetrics(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`candor metrics: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.file);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
    io.stderr(
      `candor metrics: cannot read "${parsed.file}"${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a directory' : code ? ` (${code})` : ''}.\n`,
    );
    return 2;
  }
  const name = parsed.file.split(/[\\/]/).pop() ?? parsed.file;
  const analysis = await analyseFile(bytes, name, parsed.sheet === undefined ? {} : { sheet: parsed.sheet });
  if (!analysis.ok) {
    io.stderr(`candor metrics: ${analysis.error.message} [${analysis.error.code}]\n`);
    return 2;
  }
  const settings = settingsFromAnalysis(analysis.value, { periodKind: parsed.period, keepRecords: false, maxErrors: 10_000 });
  const result = await importFile(bytes, name, settings);
  if (!result.ok) {
    io.stderr(`candor metrics: ${result.error.message} [${result.error.code}]\n`);
    return 2;
  }
  const outcome = result.value;
  if (parsed.json) io.stdout(JSON.stringify(metricsJson(outcome), null, 2) + '\n');
  else io.stdout(table(outcome));
  return 0;
}
