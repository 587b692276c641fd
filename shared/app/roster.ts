// Roster use cases, for the app's import flow and `candor roster`: read a roster file the way
// the import reads metric files, preview what it would change, apply it in one transaction with
// its undo stored (shared/app/rep-changes.ts).
import { readTableRows, type SourceOptions } from '../domain/import/index';
import { detectRoster, type RosterField, type RosterMapping } from '../domain/team/roster-mapping';
import { planRoster, applyEntry, type RosterPlan } from '../domain/team/roster-plan';
import { readRoster, type RosterRead } from '../domain/team/roster-read';
import { nameKey, repSchema, type Rep, type RepChange } from '../schemas';
import { defaultDeps, recordChange, type Deps } from './rep-changes';
import type { Store } from './store';

export type RosterFile = { headers: string[]; mapping: RosterMapping; read: RosterRead; warnings: string[] };

/**
 * Reads a file as a roster with the mapping proposed from its headers (or the one given). A
 * string says in one sentence why it is not a roster.
 */
export async function readRosterFile(
  bytes: Uint8Array,
  fileName: string,
  asOf: string,
  options: SourceOptions & { mapping?: RosterMapping } = {},
): Promise<RosterFile | string> {
  const table = await readTableRows(bytes, fileName, options);
  if (!table.ok) return table.error.message;
  const { headers, rows, warnings } = table.value;
  const detected = detectRoster(headers);
  if (!options.mapping && !detected.roster) return `This is not a roster (one row per rep with their manager, team or office): ${detected.why}.`;
  const mapping = options.mapping ?? detected.mapping;
  const read = readRoster(headers, rows, mapping, { asOf });
  return { headers, mapping, read, warnings };
}

/** The roster fields the mapping reads (columns it lacks leave those details as they are). */
export function givenFields(mapping: RosterMapping): Set<RosterField> {
  return new Set(Object.keys(mapping).filter((k) => mapping[k as RosterField] !== undefined) as RosterField[]);
}

export async function previewRoster(store: Store, file: Pick<RosterFile, 'mapping' | 'read'>, asOf: string): Promise<RosterPlan> {
  return planRoster(await store.table('reps').all(), file.read.entries, givenFields(file.mapping), asOf);
}

export type ApplyRosterRequest = { fileName: string; asOf: string; mapping: RosterMapping; read: RosterRead; newRepRole: string };

function summaryOf(plan: RosterPlan, fileName: string): string {
  const parts = [`${plan.added.length} added`, `${plan.changed.length} changed`];
  if (plan.leaving.length) parts.push(`${plan.leaving.length} marked as left`);
  return `Roster ${fileName}: ${parts.join(', ')}.`;
}

/** Applies the roster in one transaction: new reps created, placements added from the roster's date, the undo stored. */
export async function applyRoster(store: Store, req: ApplyRosterRequest, deps: Deps = defaultDeps): Promise<{ change: RepChange; plan: RosterPlan }> {
  const now = deps.clock().toISOString();
  const given = givenFields(req.mapping);
  return store.transaction(['reps', 'repChanges'], async () => {
    const reps = await store.table('reps').all();
    const plan = planRoster(reps, req.read.entries, given, req.asOf);
    const byKey = new Map(reps.map((r) => [r.nameKey, r]));
    const before: Rep[] = [];
    const after: Rep[] = [];
    const created: Rep[] = [];
    for (const entry of req.read.entries) {
      const key = nameKey(entry.name).slice(0, 120);
      const rep = byKey.get(key);
      if (rep) {
        const next = applyEntry(rep, entry, given, req.asOf, now);
        if (next !== rep) {
          before.push(rep);
          after.push(next);
        }
        continue;
      }
      const fresh = repSchema.parse({
        id: deps.ids(),
        name: entry.name,
        nameKey: key,
        role: req.newRepRole,
        startDate: null,
        email: null,
        targetOverrides: null,
        createdByImportId: null,
        createdAt: now,
        updatedAt: now,
      });
      const placed = applyEntry(fresh, entry, given, req.asOf, now);
      byKey.set(key, placed);
      created.push(placed);
    }
    if (created.length) await store.table('reps').add(created.map((r) => repSchema.parse(r)));
    if (after.length) await store.table('reps').put(after.map((r) => repSchema.parse(r)));
    const change = await recordChange(
      store,
      {
        kind: 'roster',
        summary: summaryOf(plan, req.fileName),
        fileName: req.fileName.slice(0, 260),
        asOf: req.asOf,
        at: now,
        createdRepIds: created.map((r) => r.id),
        before: [{ table: 'reps', rows: before }],
      },
      deps,
    );
    return { change, plan };
  });
}
