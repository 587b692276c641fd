// The role-play practice a check-in shows for its plan: each script assigned from the plan's
// development items, where it stands on the manager's day, and the words it is shown in (on the
// check-in screen, on a recorded check-in and in the rep's summary alike).
import type { CheckInPractice, DevelopmentItem, RoleplayAssignment, RoleplaySession } from '@shared/schemas';
import { assignmentProgress } from '../roleplay/assignments';

/**
 * The assignments made from `plan` (those whose planId is the plan's), each as it stands on
 * `today` (YYYY-MM-DD, the manager's calendar day): in the order of the plan's development
 * items, then any item since taken out of the plan, and by due day within an item. Sessions
 * count as `assignmentProgress` says: finished, fully scored, of the assigned script, with the
 * assigned rep, completed since the assignment was made.
 */
export function planPractice(
  plan: { id: string; content: { development: readonly Pick<DevelopmentItem, 'id' | 'skill'>[] } },
  assignments: readonly RoleplayAssignment[],
  sessions: readonly RoleplaySession[],
  today: string,
): CheckInPractice[] {
  const items = plan.content.development;
  const place = (itemId: string) => {
    const i = items.findIndex((d) => d.id === itemId);
    return i === -1 ? items.length : i;
  };
  return assignments
    .filter((a) => a.planId === plan.id)
    .sort(
      (a, b) =>
        place(a.planItemId) - place(b.planItemId) ||
        a.planItemId.localeCompare(b.planItemId) ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    )
    .map((a): CheckInPractice => {
      const p = assignmentProgress(a, sessions, today);
      return {
        assignmentId: a.id,
        planItemId: a.planItemId,
        skill: items.find((d) => d.id === a.planItemId)?.skill.trim() ?? null,
        scriptTitle: a.scriptTitle,
        passMark: a.passMark,
        dueDate: a.dueDate,
        sessions: p.points.length,
        latest: p.latest,
        best: p.best,
        passedOn: p.passedOn,
        status: p.status,
      };
    });
}

export type PracticeGroup = { planItemId: string; label: string; rows: CheckInPractice[] };

/** The development item as a heading: its skill, or what stands in for one it no longer has. */
export function practiceItemLabel(skill: string | null): string {
  if (skill === null) return 'An item no longer in the plan';
  return skill.trim() || 'Development item';
}

/** The rows under their development item, items in the order the rows come. */
export function practiceByItem(rows: readonly CheckInPractice[]): PracticeGroup[] {
  const groups = new Map<string, PracticeGroup>();
  for (const row of rows) {
    const group = groups.get(row.planItemId) ?? { planItemId: row.planItemId, label: practiceItemLabel(row.skill), rows: [] };
    group.rows.push(row);
    groups.set(row.planItemId, group);
  }
  return [...groups.values()];
}

/** How a screen or a document writes a score ("3.8") and a calendar day. */
export type PracticeFormat = { score: (n: number) => string; date: (day: string) => string };

export type PracticeWords = { passMark: string; due: string; sessions: string; status: string };

/**
 * One assignment in words: "pass mark 4 of 5", "due Jan 15, 2027", "2 sessions scored since it
 * was assigned: latest 3.5, best 3.8 of 5", and "Passed on …", "Not passed yet — due …" or
 * "Overdue since …" (the due day).
 */
export function practiceWords(p: CheckInPractice, f: PracticeFormat): PracticeWords {
  const since = 'scored since it was assigned';
  const sessions =
    p.sessions === 0 || p.latest === null || p.best === null
      ? `no session ${since}`
      : p.sessions === 1
        ? `one session ${since}: ${f.score(p.latest)} of 5`
        : `${p.sessions} sessions ${since}: latest ${f.score(p.latest)}, best ${f.score(p.best)} of 5`;
  const status =
    p.status === 'passed'
      ? p.passedOn
        ? `Passed on ${f.date(p.passedOn)}`
        : 'Passed'
      : p.status === 'overdue'
        ? `Overdue since ${f.date(p.dueDate)}`
        : `Not passed yet — due ${f.date(p.dueDate)}`;
  return { passMark: `pass mark ${f.score(p.passMark)} of 5`, due: `due ${f.date(p.dueDate)}`, sessions, status };
}
