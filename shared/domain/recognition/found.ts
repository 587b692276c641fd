// Wins Candor finds on its own: targets met (ahead of their deadline: a milestone reached
// early), metrics that reached their benchmark (from the follow-up's findWins), and role-plays
// passed against their assignment's pass mark. Each carries the behaviour behind it where the
// plan or the practice says it, a date, and a stable key so it is logged once.
import { formatDate, formatPeriodRange, formatScore, type NumberFormat } from '@shared/lib/format';
import type { CheckIn, Plan } from '@shared/schemas/plan';
import type { RoleplayAssignment, RoleplaySession } from '@shared/schemas/roleplay';
import type { WinSource } from '@shared/schemas/wins';
import type { FoundWin } from '../followup';
import { periodDays } from '../followup';
import { assignmentProgress } from '../roleplay/assignments';

/** A win as the log shows it, found or stored. */
export type WinEntry = {
  /** The stored row's id, or the found key for a win not stored yet. */
  id: string;
  stored: boolean;
  repId: string;
  date: string;
  /** When it was logged (a stored win) or happened (a found one): orders wins of the same day. */
  at: string;
  source: WinSource;
  result: string;
  behaviour: string;
  metric: string | null;
  period: string | null;
  foundKey: string | null;
  /** What the win refers to, for the link that opens it. */
  ref: { kind: 'plan'; planId: string } | { kind: 'assignment'; assignmentId: string } | { kind: 'none' };
};

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
const trimEnd = (s: string) => s.trim().replace(/[.\s]+$/u, '');

/** The last day of the window a win was measured over (never after `asOf`). */
function dayOf(win: FoundWin, asOf: string): string {
  const last = periodDays(win.window[win.window.length - 1] ?? '')?.last ?? asOf;
  return last < asOf ? last : asOf;
}

/** The wins the follow-up found for one plan, with the action behind each. */
export function planWinEntries(plan: Plan, wins: readonly FoundWin[], asOf: string, f: NumberFormat): WinEntry[] {
  return wins.map((w) => {
    const item = plan.content.actionItems.find((i) => (w.itemId ? i.id === w.itemId : i.metricKey === w.metric)) ?? null;
    const date = dayOf(w, asOf);
    // The source is said by the log's label: the sentence starts with what was reached.
    const text = w.text.replace(/^Target met: /u, '');
    const early = w.kind === 'target-met' && item?.deadline != null && date < item.deadline;
    const period = w.window[w.window.length - 1] ?? null;
    const over = w.window.length ? formatPeriodRange(w.window[0]!, w.window[w.window.length - 1]!, f.locale) : '';
    return {
      id: `found:${w.kind}:${plan.id}:${w.itemId ?? w.metric}:${period ?? ''}`,
      stored: false,
      repId: plan.repId,
      date,
      at: date,
      source: early ? 'milestone-early' : w.kind,
      result: early ? `${trimEnd(text)}, before its deadline of ${formatDate(item!.deadline!, f.locale)}.` : text,
      behaviour: item ? trimEnd(item.action) : '',
      metric: w.metric,
      period: over ? period : null,
      foundKey: `${w.kind}:${plan.id}:${w.itemId ?? w.metric}:${period ?? ''}`,
      ref: { kind: 'plan', planId: plan.id },
    };
  });
}

/** Role-play practice passed: the first session that reached the assignment's pass mark. */
export function roleplayWinEntries(
  assignments: readonly RoleplayAssignment[],
  sessions: readonly RoleplaySession[],
  today: string,
  f: NumberFormat,
): WinEntry[] {
  const out: WinEntry[] = [];
  for (const a of assignments) {
    const p = assignmentProgress(a, sessions, today);
    if (p.status !== 'passed' || !p.passedOn) continue;
    const at = p.points.findIndex((x) => x.average >= a.passMark);
    const score = p.points[at]!.average;
    const tries = at + 1;
    out.push({
      id: `found:roleplay-passed:${a.id}`,
      stored: false,
      repId: a.repId,
      date: p.passedOn,
      at: p.points[at]!.completedAt,
      source: 'roleplay-passed',
      result: `Passed the “${a.scriptTitle}” role-play on ${formatDate(p.passedOn, f.locale)} with an average of ${formatScore(score, f)} of 5 against a pass mark of ${formatScore(a.passMark, f)}`,
      behaviour: `Practised “${lowerFirst(a.scriptTitle)}” ${tries === 1 ? 'and passed at the first scored session' : `in ${tries} scored sessions until it passed`}`,
      metric: null,
      period: null,
      foundKey: `roleplay-passed:${a.id}`,
      ref: { kind: 'assignment', assignmentId: a.id },
    });
  }
  return out;
}

/** Wins written down at a held check-in, each an entry of its own, dated the day it was held. */
export function checkInWinEntries(checkIns: readonly CheckIn[]): WinEntry[] {
  return checkIns.flatMap((c) =>
    c.heldDate === null
      ? []
      : c.wins
          .map((text) => text.trim())
          .filter(Boolean)
          .map((text, i): WinEntry => ({
            id: `found:check-in:${c.id}:${i}`,
            stored: false,
            repId: c.repId,
            date: c.heldDate!,
            at: c.heldDate!,
            source: 'noted',
            result: text,
            behaviour: '',
            metric: null,
            period: null,
            foundKey: `check-in:${c.id}:${i}`,
            ref: { kind: 'plan', planId: c.planId },
          })),
  );
}
