// candor roster <roster-file> [<metrics-file>...] [--as-of YYYY-MM-DD] [--json]
// Reads a roster the way the app's import does (shared/app/roster.ts): the columns it found, one
// entry per rep, every problem by row, and what applying it would change. Metrics files given
// after it are imported first, so reps in the data but not in the roster are listed too.
import { previewRoster, readRosterFile } from '../shared/app/roster';
import { ROSTER_FIELD_LABELS, type RosterField } from '../shared/domain/team/index';
import { isCalendarDate, JSON_SWITCH, readArgs } from './args';
import type { CliIo } from './io';
import { loadFiles, readError } from './load';

const USAGE = 'Usage: candor roster <roster-file> [<metrics-file>...] [--as-of YYYY-MM-DD] [--json]';

type Args = { roster: string; data: string[]; asOf: string; json: boolean };

const OPTIONS = { ...JSON_SWITCH, 'as-of': { needs: 'a date (YYYY-MM-DD)' } } as const;

function parseArgs(args: string[]): Args | string {
  const read = readArgs(args, OPTIONS);
  if (typeof read === 'string') return read;
  const asOf = read.values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(asOf)) return `--as-of must be a date like 2017-06-01 (got "${asOf}")`;
  const [roster, ...data] = read.files;
  if (roster === undefined) return 'missing <roster-file>';
  return { roster, data, asOf, json: read.values.json === true };
}

export async function runRoster(args: string[], io: CliIo): Promise<number> {
  const fail = (msg: string) => {
    io.stderr(`candor roster: ${msg}\n`);
    return 2;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}. ${USAGE}`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.roster);
  } catch (e) {
    return fail(readError(parsed.roster, e));
  }
  const name = parsed.roster.split(/[\\/]/).pop() ?? parsed.roster;
  const file = await readRosterFile(bytes, name, parsed.asOf);
  if (typeof file === 'string') return fail(`${parsed.roster}: ${file}`);
  const loaded = await loadFiles(parsed.data, io, { periodKind: 'month', maxErrors: 100 });
  if (typeof loaded === 'string') return fail(loaded);
  const preview = await previewRoster(loaded.store, file, parsed.asOf);
  const out = {
    file: parsed.roster,
    asOf: parsed.asOf,
    columns: file.mapping,
    reps: file.read.entries.map(({ row: _row, ...e }) => e),
    rowsRead: file.read.rowsRead,
    issues: file.read.issues,
    checks: file.read.checks,
    preview: {
      added: preview.added.map((e) => e.name),
      changed: preview.changed,
      leaving: preview.leaving.map(({ name, leftDate }) => ({ name, leftDate })),
      notInRoster: preview.notInRoster.map((r) => r.name),
      unchanged: preview.unchanged,
    },
  };
  if (parsed.json) {
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const cols = (Object.entries(file.mapping) as [RosterField, string][]).map(([f, h]) => `${ROSTER_FIELD_LABELS[f]} ← “${h}”`).join('; ');
  const lines = [`${parsed.roster} as of ${parsed.asOf}: ${out.reps.length} reps from ${out.rowsRead} rows. Columns: ${cols}.`];
  for (const e of out.reps)
    lines.push(
      `  ${e.name}: ${[e.manager && `manager ${e.manager}`, e.team && `team ${e.team}`, e.office && `office ${e.office}`, e.role && `role ${e.role}`, e.leftDate && `left ${e.leftDate}`].filter(Boolean).join(', ') || '—'}`,
    );
  for (const i of out.issues) lines.push(`  row ${i.row}, ${i.column} “${i.value}”: ${i.reason}`);
  for (const c of out.checks) lines.push(`  Check: ${c.message}`);
  if (parsed.data.length)
    lines.push(
      `Against the data: ${out.preview.added.length} new, ${out.preview.changed.length} changed, ${out.preview.leaving.length} leaving, ${out.preview.notInRoster.length} in the data but not in the roster${out.preview.notInRoster.length ? ` (${out.preview.notInRoster.join(', ')})` : ''}.`,
    );
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
