// Use cases: a rep's wins log. Wins Candor finds in the newest data (each measured plan's met
// targets and benchmarks reached, role-plays passed) merged with the wins stored: those the
// manager noted, and found ones the manager gave a behaviour to (stored under their found key,
// so they are never listed twice).
import { loadDiagnosisData } from './diagnosis';
import { measurePlanOn, type PlanProgress } from './followup';
import { checkInWinEntries, planWinEntries, roleplayWinEntries, type WinEntry } from '../domain/recognition';
import { err, ok, type Result } from '../lib/result';
import type { NumberFormat } from '../lib/format';
import { winSchema, type Win } from '../schemas/wins';
import type { Store } from './store';

/** Plans whose conversation has been held: their targets are being worked on. */
const MEASURED = new Set(['held', 'signed', 'closed']);

/** What a stored win links to: the assignment of a role-play win, the plan of a win found in a plan's numbers. */
function refOf(w: Win): WinEntry['ref'] {
  if (!w.refId) return { kind: 'none' };
  return w.source === 'roleplay-passed' ? { kind: 'assignment', assignmentId: w.refId } : { kind: 'plan', planId: w.refId };
}
const entryOf = (w: Win): WinEntry => ({ ...w, stored: true, at: w.createdAt, ref: refOf(w) });

export type WinsOptions = {
  asOf: string;
  format: NumberFormat;
  /** The held, signed and closed plans already measured on the newest data (the app measures them once for every page); read here when given. */
  measured?: ReadonlyMap<string, { progress: PlanProgress }>;
};

/** Every win of the rep, newest first: found in the data and stored, each once. */
export async function winsLog(store: Store, repId: string, opts: WinsOptions): Promise<WinEntry[]> {
  const plans = (await store.table('plans').where('repId', repId)).filter((p) => MEASURED.has(p.status) && p.snapshot.period !== null);
  const found: WinEntry[] = [];
  if (plans.length && opts.measured) {
    const { measured } = opts;
    for (const plan of plans) found.push(...planWinEntries(plan, measured.get(plan.id)?.progress.wins ?? [], opts.asOf, opts.format));
  } else if (plans.length) {
    const data = await loadDiagnosisData(store);
    for (const plan of plans)
      found.push(...planWinEntries(plan, measurePlanOn(plan, data, { asOf: opts.asOf, format: opts.format }).wins, opts.asOf, opts.format));
  }
  const [assignments, sessions] = await Promise.all([
    store.table('roleplayAssignments').where('repId', repId),
    store.table('roleplaySessions').where('repId', repId),
  ]);
  found.push(...roleplayWinEntries(assignments, sessions, opts.asOf, opts.format));
  found.push(...checkInWinEntries(await store.table('checkIns').where('repId', repId)));
  const stored = await store.table('wins').where('repId', repId);
  const keptKeys = new Set<string | null>(stored.map((w) => w.foundKey).filter((k) => k !== null));
  const all = [...stored.map(entryOf), ...found.filter((f) => !keptKeys.has(f.foundKey))];
  return all.sort((a, b) => b.date.localeCompare(a.date) || a.result.localeCompare(b.result));
}

export type NotedWin = { date: string; result: string; behaviour: string };

/** A win the manager notes by hand, or one sentence saying what to fix; nothing stored on a refusal. */
export async function noteWin(store: Store, repId: string, input: NotedWin, id: string, now: Date): Promise<Result<Win>> {
  const parsed = winSchema.safeParse({
    id,
    repId,
    date: input.date,
    source: 'noted',
    result: input.result,
    behaviour: input.behaviour,
    metric: null,
    period: null,
    foundKey: null,
    refId: null,
    createdAt: now.toISOString(),
  });
  if (!parsed.success) return err('invalid', `${parsed.error.issues[0]?.message ?? 'Check the win'}.`);
  if (!(await store.table('reps').get(repId))) return err('no-rep', 'This rep is no longer in your team.');
  await store.table('wins').add([parsed.data]);
  return ok(parsed.data);
}

/** Keeps the behaviour the manager wrote for a win: a found win is stored under its key, a stored one updated. */
export async function setWinBehaviour(store: Store, entry: WinEntry, behaviour: string, id: string, now: Date): Promise<Result<Win>> {
  const existing = entry.stored ? await store.table('wins').get(entry.id) : undefined;
  const refId = entry.ref.kind === 'plan' ? entry.ref.planId : entry.ref.kind === 'assignment' ? entry.ref.assignmentId : null;
  const parsed = winSchema.safeParse(existing ? { ...existing, behaviour } : { ...entry, id, behaviour, refId, createdAt: now.toISOString() });
  if (!parsed.success) return err('invalid', `${parsed.error.issues[0]?.message ?? 'Check the behaviour'}.`);
  const { data } = parsed;
  await store.table('wins').put([data]);
  return ok(data);
}
