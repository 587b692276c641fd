import { roleExpectationSchema, type RoleExpectation, type Targets } from '../../../../shared/schemas';
import { randomId, systemClock, type Clock, type IdSource } from '../../../../shared/lib/ids';
import type { CandorDB } from '../db';

/** Stored expectations, or the shipped defaults (labelled isDefault) for roles not stored yet. */
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

/** Back to the shipped default for a role (removes the manager's edit). */
export async function resetExpectation(db: CandorDB, role: string): Promise<void> {
  await db.expectations.where('role').equals(role).delete();
}
