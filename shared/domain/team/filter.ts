// "Whose reps am I looking at?": the one rule every page and the CLI use to narrow reps to a team,
// a manager, an office or everyone, on a given day. A filter travels as a short text
// ("manager:Dustin Brinkmann") so it can sit in the address and in Settings.
import { nameKey } from '@shared/schemas/common';
import type { RepPlacement } from '@shared/schemas/rep';
import { activeOn, placementAt } from './placement';

export type FilterKind = 'team' | 'manager' | 'office';
export type TeamFilter = { kind: 'everyone' } | { kind: FilterKind; name: string };

export const EVERYONE: TeamFilter = { kind: 'everyone' };

type Placed = { placements?: readonly RepPlacement[] | undefined; leftDate?: string | null | undefined };

/**
 * Whether the rep belongs to the filter on `date` (YYYY-MM-DD): their placement in force that day
 * names the same team, manager or office (case and spacing ignored). "Everyone" holds every rep
 * still with the company that day; so does every other filter.
 */
export function inFilter(rep: Placed, filter: TeamFilter, date: string): boolean {
  if (!activeOn(rep, date)) return false;
  if (filter.kind === 'everyone') return true;
  const at = placementAt(rep, date)[filter.kind];
  return at != null && nameKey(at) === nameKey(filter.name);
}

/** The filter as it is written in the address and in Settings: `everyone`, `team:…`, `manager:…`, `office:…`. */
export function filterText(filter: TeamFilter): string {
  return filter.kind === 'everyone' ? 'everyone' : `${filter.kind}:${filter.name}`;
}

/** Reads filterText back; null when the text is not a filter (the caller says so and keeps what it had). */
export function parseFilter(text: string | null | undefined): TeamFilter | null {
  const t = (text ?? '').trim();
  if (t === 'everyone') return EVERYONE;
  const m = /^(team|manager|office):(.+)$/s.exec(t);
  if (!m) return null;
  const name = (m[2] ?? '').trim();
  return name ? { kind: m[1] as FilterKind, name } : null;
}

/** How a page names the filter: "Dustin Brinkmann's reps", "the Central office", "team East", "everyone". */
export function filterLabel(filter: TeamFilter): string {
  switch (filter.kind) {
    case 'everyone':
      return 'everyone';
    case 'manager':
      return `${filter.name}’s reps`;
    case 'office':
      return `the ${filter.name} office`;
    case 'team':
      return `team ${filter.name}`;
  }
}

export function sameFilter(a: TeamFilter, b: TeamFilter): boolean {
  return a.kind === b.kind && (a.kind === 'everyone' || nameKey(a.name) === nameKey((b as { name: string }).name));
}

/** The teams, managers and offices the reps sat in on `date`, each sorted, as a switch offers them. */
export function filterChoices(reps: readonly Placed[], date: string): Record<FilterKind, string[]> {
  const seen: Record<FilterKind, Map<string, string>> = { team: new Map(), manager: new Map(), office: new Map() };
  for (const rep of reps) {
    if (!activeOn(rep, date)) continue;
    const p = placementAt(rep, date);
    for (const kind of ['team', 'manager', 'office'] as const) {
      const name = p[kind];
      if (name && !seen[kind].has(nameKey(name))) seen[kind].set(nameKey(name), name);
    }
  }
  const sorted = (m: Map<string, string>) => [...m.values()].sort((a, b) => a.localeCompare(b));
  return { team: sorted(seen.team), manager: sorted(seen.manager), office: sorted(seen.office) };
}

/** Every placement's names ever recorded (any date), for "Who are you?" where a manager may have no reps today. */
export function everyName(reps: readonly Placed[], kind: FilterKind): string[] {
  const seen = new Map<string, string>();
  for (const rep of reps) for (const p of rep.placements ?? []) if (p[kind] && !seen.has(nameKey(p[kind]))) seen.set(nameKey(p[kind]), p[kind]);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
