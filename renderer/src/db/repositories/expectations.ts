import { roleExpectationSchema, type RoleExpectation, type Targets } from '@shared/schemas';
import { randomId, systemClock, type Clock, type IdSource } from '@shared/lib/ids';
import type { CandorDB } from '../db';

// Expectations apply only once the manager has set them: a stored row is applied (the shipped
// defaults too, once applied in one click); a shipped default that is not stored is only offered,
// and the diagnosis then compares with the team median. Nothing is applied silently.

/** The expectations the diagnosis uses: the stored ones (set, edited, or defaults the manager applied). */
export async function listAppliedExpectations(db: CandorDB): Promise<RoleExpectation[]> {
  return db.expectations.toArray();
}

/** Every role to show in Settings: stored ones (applied) and the shipped defaults not applied yet. */
export async function listExpectationChoices(
  db: CandorDB,
  defaults: RoleExpectation[],
): Promise<Array<{ expectation: RoleExpectation; applied: boolean }>> {
  const stored = new Set((await db.expectations.toArray()).map((e) => e.role));
  return (await listExpectations(db, defaults)).map((expectation) => ({ expectation, applied: stored.has(expectation.role) }));
}

/**
 * Applies the shipped defaults for these roles (all offered defaults when roles is omitted), as
 * labelled defaults (isDefault true). Roles the manager already set are left as they are.
 * Returns the roles applied.
 */
export async function applyDefaultExpectations(
  db: CandorDB,
  defaults: RoleExpectation[],
  roles?: readonly string[],
  deps: { clock: Clock } = { clock: systemClock },
): Promise<string[]> {
  return db.transaction('rw', db.expectations, async () => {
    const stored = new Set((await db.expectations.toArray()).map((e) => e.role));
    const wanted = roles ? new Set(roles) : null;
    const rows = defaults
      .filter((d) => !stored.has(d.role) && (wanted === null || wanted.has(d.role)))
      .map((d) =>
        roleExpectationSchema.parse({ ...d, targets: { ...d.targets }, ramp: [...d.ramp], isDefault: true, updatedAt: deps.clock().toISOString() }),
      );
    if (rows.length) await db.expectations.bulkAdd(rows);
    return rows.map((r) => r.role);
  });
}

/** Stops applying a role's expectations: its reps are compared with the team median again. */
export async function stopApplyingExpectation(db: CandorDB, role: string): Promise<void> {
  await db.expectations.where('role').equals(role).delete();
}

/** Stored expectations, or the shipped defaults (labelled isDefault) for roles not stored yet — for display; see listExpectationChoices. */
export async function listExpectations(db: CandorDB, defaults: RoleExpectation[]): Promise<RoleExpectation[]> {
  const stored = await db.expectations.toArray();
  const byRole = new Map(stored.map((e) => [e.role, e]));
  const merged = [...defaults.filter((d) => !byRole.has(d.role)), ...stored];
  const order = (r: string) => {
    const i = defaults.findIndex((d) => d.role === r);
    return i === -1 ? defaults.length : i;
  };
  return merged.sort((a, b) => order(a.role) - order(b.role) || a.role.localeCompare(b.role));
}

export async function saveExpectation(
  db: CandorDB,
  input: { role: string; label: string; targets: Targets; ramp: number[] },
  deps: { ids: IdSource; clock: Clock } = { ids: randomId, clock: systemClock },
): Promise<RoleExpectation> {
  return db.transaction('rw', db.expectations, async () => {
    const existing = await db.expectations.where('role').equals(input.role).first();
    const row = roleExpectationSchema.parse({
      id: existing?.id ?? deps.ids(),
      role: input.role,
      label: input.label,
      isDefault: false,
      targets: input.targets,
      ramp: input.ramp,
      updatedAt: deps.clock().toISOString(),
    });
    await db.expectations.put(row);
    return row;
  });
}

/** Back to the shipped default for a role: the manager's edit is replaced by the default, still applied. */
export async function resetExpectation(db: CandorDB, role: string, defaults: RoleExpectation[] = []): Promise<void> {
  await db.transaction('rw', db.expectations, async () => {
    await db.expectations.where('role').equals(role).delete();
    if (defaults.some((d) => d.role === role)) await applyDefaultExpectations(db, defaults, [role]);
  });
}
