// The incomplete ends of a deals export: the leading and trailing periods whose deals are mostly
// not in it yet, the window kept clear of them, and what the team page says about them.
import type { PeriodKey } from '@shared/schemas/common';
import type { sentenceFormat } from './format';
import type { Engine } from './indexing';
import { trailingPeriods } from './periods';
import { median } from './stats';

/** The window shortened so that it never reaches back into an incomplete head (unless the period itself is in it). */
export function windowAfterHead(period: PeriodKey, window: number, head: readonly PeriodKey[]): number {
  if (head.length === 0 || head.includes(period)) return window;
  const reached = trailingPeriods(period, window).filter((p) => head.includes(p)).length;
  return Math.max(1, window - reached);
}

/** The period shown, whether it was picked (no period asked for), and the window used against the one asked for. */
export type Said = { period: PeriodKey; picked: boolean; window: number; asked: number; latest: PeriodKey | null };

/** What the team page says about the incomplete ends: which, why, and what it did about them. */
export function incompleteNotes(ends: IncompleteEnds, kind: string, text: ReturnType<typeof sentenceFormat>, said: Said): string[] {
  const notes: string[] = [];
  const named = (ps: readonly PeriodKey[]) => {
    const first = ps[0] ?? '';
    const last = ps[ps.length - 1] ?? '';
    return `${text.range(first, last)} look${first === last ? 's' : ''} incomplete`;
  };
  if (ends.head.length > 0)
    notes.push(
      `${named(ends.head)}: the whole team's opportunities created are below half of a usual ${kind}, as at the start of an export that holds only the deals of those ${kind}s still open or closed later. They are shown, never compared, and no window reaches back into them.`,
    );
  if (ends.tail.length > 0)
    notes.push(
      `${named(ends.tail)}: the whole team's opportunities created fell below half of a usual ${kind} at once, as at the end of an export whose recent deals are not all in yet. Compare those ${kind}s with the team in the same ${kind}, not with earlier ones.`,
    );
  if (said.window < said.asked)
    notes.push(
      `The window is ${said.window} ${kind}${said.window === 1 ? '' : 's'} instead of ${said.asked}: it starts after the incomplete first ${kind}s.`,
    );
  if (said.picked && ends.tail.length > 0 && said.period !== said.latest)
    notes.push(`Showing ${text.period(said.period)}, the last ${kind} before the incomplete ones; choose a later ${kind} to see those.`);
  return notes;
}

/** The incomplete periods at each end of a deals export (see incompleteEnds). */
export type IncompleteEnds = { head: PeriodKey[]; tail: PeriodKey[] };

/**
 * THE rule for incomplete periods, at both ends of a deals export: the leading periods (the
 * export starts while the deals of those months are mostly not in it) and the trailing ones (the
 * export ends before the recent deals are all in) whose team total of opportunities created is
 * below half the median period's total. Needs four periods; together the ends must stay fewer than
 * half of all periods, else the months are not "usual" enough to judge and nothing is marked.
 */
export function incompleteEnds(engine: Engine): IncompleteEnds {
  const none: IncompleteEnds = { head: [], tail: [] };
  const totals = engine.periods.map((p) => {
    let sum = 0;
    for (const idx of engine.reps) sum += idx.rows.get(p)?.opportunitiesCreated ?? 0;
    return sum;
  });
  const m = median(totals);
  if (m === null || m <= 0 || totals.length < 4) return none;
  const low = (i: number) => (totals[i] ?? 0) < m * 0.5;
  let last = totals.length - 1;
  while (last > 0 && low(last)) last--;
  let first = 0;
  while (first < last && low(first)) first++;
  const head = engine.periods.slice(0, first);
  const tail = engine.periods.slice(last + 1);
  return head.length + tail.length < totals.length / 2 ? { head, tail } : none;
}

/** The trailing incomplete periods alone (see incompleteEnds). */
export function incompleteTail(engine: Engine): PeriodKey[] {
  return incompleteEnds(engine).tail;
}
