// A rep's timeline: everything that happened with the rep, from every table, as dated events
// in one order, each saying what it refers to so the screen can open it. Pure: the use case in
// shared/app/timeline.ts reads the rows.
import { formatDate, formatPeriod, formatPeriodRange, formatScore, type NumberFormat } from '@shared/lib/format';
import type { ImportRecord } from '@shared/schemas/imports';
import type { CheckIn, Plan } from '@shared/schemas/plan';
import type { RoleplayAssignment, RoleplaySession, SelfAssessment } from '@shared/schemas/roleplay';
import { WIN_SOURCE_LABELS } from '@shared/schemas/wins';
import type { WinEntry } from '../recognition';
import { checkInSchedule } from '../checkin/schedule';
import { sessionResult } from '../roleplay/session';

export type TimelineRef =
  | { kind: 'import'; importId: string }
  | { kind: 'plan'; planId: string }
  /** slot: the check-in's place in its plan's schedule (as the check-in screen numbers it); null when its plan is gone. */
  | { kind: 'check-in'; planId: string; checkInId: string; slot: number | null }
  | { kind: 'roleplay-session'; sessionId: string }
  | { kind: 'assignment'; assignmentId: string }
  | { kind: 'win'; winId: string }
  | { kind: 'self-assessment'; assessmentId: string };

export type TimelineKind = 'import' | 'plan' | 'check-in' | 'role-play' | 'practice' | 'win' | 'self-assessment';

export type TimelineEvent = {
  /** Unique within the timeline. */
  key: string;
  /** Day it happened (YYYY-MM-DD), and a sortable instant for events on the same day. */
  date: string;
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string;
  ref: TimelineRef;
};

export type TimelineParts = {
  /** Imports that wrote rows for the rep, with the periods they wrote for them. */
  imports: readonly { record: ImportRecord; periods: readonly string[] }[];
  plans: readonly Plan[];
  checkIns: readonly CheckIn[];
  sessions: readonly RoleplaySession[];
  assignments: readonly RoleplayAssignment[];
  wins: readonly WinEntry[];
  assessments: readonly SelfAssessment[];
};

const PLAN_EVENTS = new Set(['created', 'status', 'revision', 'export', 'facts-refreshed', 'hr-review']);

function importEvents(parts: TimelineParts, f: NumberFormat): TimelineEvent[] {
  return parts.imports.map(({ record: r, periods }) => {
    const sorted = [...periods].sort();
    const span = sorted.length ? formatPeriodRange(sorted[0]!, sorted[sorted.length - 1]!, f.locale) : '';
    return {
      key: `import:${r.id}`,
      date: r.importedAt.slice(0, 10),
      at: r.importedAt,
      kind: 'import',
      title: `Imported ${r.fileName}`,
      detail: sorted.length
        ? `${sorted.length === 1 ? '1 period' : `${sorted.length} periods`} of figures for this rep (${span})`
        : 'Created this rep',
      ref: { kind: 'import', importId: r.id },
    };
  });
}

function planEvents(parts: TimelineParts): TimelineEvent[] {
  return parts.plans.flatMap((p) =>
    p.history
      .filter((h) => PLAN_EVENTS.has(h.event))
      .map((h, i) => ({
        key: `plan:${p.id}:${i}`,
        date: h.at.slice(0, 10),
        at: h.at,
        kind: 'plan' as const,
        title: h.event === 'created' ? 'Plan started' : h.event === 'revision' ? `Plan revision ${h.revision}` : `Plan (revision ${h.revision})`,
        detail: h.detail,
        ref: { kind: 'plan' as const, planId: p.id },
      })),
  );
}

function checkInStatus(c: CheckIn, today: string, f: NumberFormat): string {
  if (c.heldDate) return `Held on ${formatDate(c.heldDate, f.locale)}`;
  if (c.dueDate < today) return `Overdue since ${formatDate(c.dueDate, f.locale)}`;
  return c.dueDate === today ? 'Due today' : `Planned for ${formatDate(c.dueDate, f.locale)}`;
}

function practiceEvents(parts: TimelineParts, f: NumberFormat): TimelineEvent[] {
  const sessions = parts.sessions.map((s): TimelineEvent => {
    const r = sessionResult(s);
    const scored =
      s.status !== 'completed' || r.average === null
        ? 'Not finished or not fully scored yet'
        : `Average ${formatScore(r.average, f)} of 5 against a pass mark of ${formatScore(r.passMark, f)}: ${r.passed ? 'passed' : 'below the pass mark'}`;
    return {
      key: `session:${s.id}`,
      date: s.date,
      at: s.completedAt ?? s.updatedAt,
      kind: 'role-play',
      title: `Role-play: ${s.script.title}`,
      detail: scored,
      ref: { kind: 'roleplay-session', sessionId: s.id },
    };
  });
  const assigned = parts.assignments.map((a): TimelineEvent => ({
    key: `assignment:${a.id}`,
    date: a.createdAt.slice(0, 10),
    at: a.createdAt,
    kind: 'practice',
    title: `Practice assigned: ${a.scriptTitle}`,
    detail: `Pass mark ${formatScore(a.passMark, f)} of 5, due ${formatDate(a.dueDate, f.locale)}`,
    ref: { kind: 'assignment', assignmentId: a.id },
  }));
  return [...sessions, ...assigned];
}

function assessmentDetail(a: SelfAssessment): string {
  const estimates = Object.keys(a.estimates).length;
  const ratings = Object.keys(a.stageRatings).length;
  const what =
    estimates + ratings === 0
      ? 'Ratings and comments'
      : `${estimates} ${estimates === 1 ? 'estimate' : 'estimates'} and ${ratings} stage ${ratings === 1 ? 'rating' : 'ratings'}`;
  return a.via === 'word' ? `${what}, returned as a Word form` : `${what}, filled in on this computer`;
}

/** Each stored check-in's slot, matched to its plan's cadence the way the check-in screen matches it. */
function checkInSlots(parts: TimelineParts, today: string): Map<string, number> {
  const slots = new Map<string, number>();
  for (const plan of parts.plans)
    for (const entry of checkInSchedule(plan, parts.checkIns, today)) if (entry.row) slots.set(entry.row.id, entry.slot);
  return slots;
}

/** Every event of the rep, newest first (same day: latest first, then by key, so the order is stable). */
export function buildTimeline(parts: TimelineParts, today: string, f: NumberFormat): TimelineEvent[] {
  const slots = checkInSlots(parts, today);
  const checkIns = parts.checkIns.map((c): TimelineEvent => ({
    key: `check-in:${c.id}`,
    date: c.heldDate ?? c.dueDate,
    at: c.heldDate ?? c.dueDate,
    kind: 'check-in',
    title: 'Check-in',
    detail: checkInStatus(c, today, f),
    ref: { kind: 'check-in', planId: c.planId, checkInId: c.id, slot: slots.get(c.id) ?? null },
  }));
  const wins = parts.wins.map((w): TimelineEvent => ({
    key: `win:${w.id}`,
    date: w.date,
    at: w.at,
    kind: 'win',
    title: `Win: ${WIN_SOURCE_LABELS[w.source].toLowerCase()}`,
    detail: w.result,
    ref: { kind: 'win', winId: w.id },
  }));
  const assessments = parts.assessments.map((a): TimelineEvent => ({
    key: `self-assessment:${a.id}`,
    date: a.date,
    at: a.createdAt ?? a.date,
    kind: 'self-assessment',
    title: a.period ? `Self-assessment of ${formatPeriod(a.period, f.locale)}` : 'Self-assessment',
    detail: assessmentDetail(a),
    ref: { kind: 'self-assessment', assessmentId: a.id },
  }));
  const all = [...importEvents(parts, f), ...planEvents(parts), ...checkIns, ...practiceEvents(parts, f), ...wins, ...assessments];
  return all.sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
}
