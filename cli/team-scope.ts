// --roster <file> [--as-of YYYY-MM-DD] and --team / --manager / --office, shared by `metrics`,
// `diagnose` and `plan`: the roster is applied by the app's use case (shared/app/roster.ts), and
// the filters keep each rep's periods in which the rep sat in that team, under that manager or in
// that office on the period's last day (shared/domain/team, as the app filters).
import type { MemoryStore } from '../shared/app/memory-store';
import { inScope, isFiltered, knownValues, type ScopeFilter } from '../shared/domain/team/index';
import { isCalendarDate, type ArgValues } from './args';
import type { CliIo } from './io';

export type TeamScope = ScopeFilter & { roster?: string; asOf?: string };

export const SCOPE_USAGE = '[--roster F [--as-of YYYY-MM-DD]] [--team T] [--manager M] [--office O]';

const today = () => new Date().toISOString().slice(0, 10);

/** The options, for readArgs (cli/args.ts). */
export const SCOPE_OPTIONS = {
  roster: { needs: 'a file name' },
  'as-of': { needs: 'a date (YYYY-MM-DD)' },
  team: { needs: 'a team name' },
  manager: { needs: 'a manager name' },
  office: { needs: 'an office name' },
} as const;

/** The scope the options ask for; a string says what is wrong with them. */
export function scopeOf(values: ArgValues<typeof SCOPE_OPTIONS>): TeamScope | string {
  const scope: TeamScope = {};
  for (const name of ['team', 'manager', 'office'] as const) {
    const v = values[name];
    if (v === undefined) continue;
    if (!v.trim()) return `--${name} needs ${SCOPE_OPTIONS[name].needs}`;
    scope[name] = v.trim();
  }
  if (values.roster !== undefined) scope.roster = values.roster;
  const asOf = values['as-of'];
  if (asOf !== undefined) {
    if (!isCalendarDate(asOf)) return `--as-of must be a date like 2017-06-01 (got "${asOf}")`;
    if (scope.roster === undefined) return '--as-of goes with --roster';
    scope.asOf = asOf;
  }
  return scope;
}

/** Applies the roster, then drops the rep-periods outside the filter; a string says why it cannot. */
export async function applyScope(store: MemoryStore, scope: TeamScope, io: CliIo): Promise<string | null> {
  if (scope.roster !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(scope.roster);
    } catch {
      return `cannot read the roster "${scope.roster}".`;
    }
    const asOf = scope.asOf ?? today();
    const name = scope.roster.split(/[\\/]/).pop() ?? scope.roster;
    // The roster use case (and the rep-change schemas it writes) is loaded only when a roster is given.
    const { applyRoster, readRosterFile } = await import('../shared/app/roster');
    const file = await readRosterFile(bytes, name, asOf);
    if (typeof file === 'string') return `${scope.roster}: ${file}`;
    await applyRoster(store, { fileName: name, asOf, mapping: file.mapping, read: file.read, newRepRole: 'AE' });
  }
  if (!isFiltered(scope)) return null;
  const reps = new Map((await store.table('reps').all()).map((r) => [r.id, r]));
  const periods = await store.table('metricPeriods').all();
  const outside = periods.filter((p) => {
    const rep = reps.get(p.repId);
    return !rep || !inScope(rep, p.period, scope);
  });
  if (outside.length === periods.length && periods.length > 0) {
    const field = scope.team !== undefined ? 'team' : scope.manager !== undefined ? 'manager' : 'office';
    const known = knownValues([...reps.values()], field);
    return `no rep of the data sat under that ${field} in any period (${field === 'office' ? 'offices' : `${field}s`} known: ${known.length ? known.join(', ') : 'none; pass a roster with --roster'}).`;
  }
  await store.table('metricPeriods').delete(outside.map((p) => p.id));
  // Reps left without a period are not part of the team looked at (the store is this run's copy).
  const kept = new Set((await store.table('metricPeriods').all()).map((p) => p.repId));
  await store.table('reps').delete([...reps.keys()].filter((id) => !kept.has(id)));
  return null;
}
