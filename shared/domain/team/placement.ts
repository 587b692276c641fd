// Where a rep sat on a given day, read from the placements a roster (or the manager) recorded.
// Every team, manager and office filter, and every peer group, asks this one function, so a rep
// who moved teams in June is counted with the old team for the months before June.
import type { RepPlacement } from '@shared/schemas/rep';

export type Placement = Pick<RepPlacement, 'team' | 'manager' | 'office'>;

const UNPLACED: Placement = { team: null, manager: null, office: null };

/** The placement in force on `date` (YYYY-MM-DD): the latest one starting on or before it. */
export function placementAt(rep: { placements?: readonly RepPlacement[] | undefined }, date: string): Placement {
  let found: Placement = UNPLACED;
  let foundFrom = '';
  for (const p of rep.placements ?? []) {
    if (p.from <= date && p.from >= foundFrom) {
      found = { team: p.team, manager: p.manager, office: p.office };
      foundFrom = p.from;
    }
  }
  return found;
}

/** Whether the rep was still with the company on `date` (left reps drop out of later medians). */
export function activeOn(rep: { leftDate?: string | null | undefined }, date: string): boolean {
  return rep.leftDate == null || date < rep.leftDate;
}
