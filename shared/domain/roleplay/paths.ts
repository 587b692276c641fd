import { END_OF_SCRIPT, type BuyerState, type RoleplayScript, type ScriptStep } from '@shared/schemas';

/** One buyer line with the state it takes as true, the state it leaves, and where it leads. */
export type Line = { id: string | null; buyer: string; assumes: BuyerState; sets: BuyerState; next: string | null };

/**
 * The line at a step: the main one (branchId null) or a branch. An unknown branch id reads as the
 * main line. A script stored before lines were marked (no assumes, sets or next) reads as unmarked
 * lines that each lead to the following step.
 */
export function lineAt(step: ScriptStep, branchId: string | null): Line {
  const b = branchId === null ? undefined : step.branches.find((x) => x.id === branchId);
  const l: Partial<Pick<Line, 'assumes' | 'sets' | 'next'>> & { buyer: string } = b ?? step;
  return { id: b ? b.id : null, buyer: l.buyer, assumes: l.assumes ?? {}, sets: l.sets ?? {}, next: l.next ?? null };
}

/** The step a line leads to: its `next`, else the following step; null when the script ends there. */
export function nextIndex(script: RoleplayScript, index: number, branchId: string | null): number | null {
  const step = script.steps[index];
  if (!step) return null;
  const next = lineAt(step, branchId).next;
  if (next === END_OF_SCRIPT) return null;
  if (next === null) return index + 1 < script.steps.length ? index + 1 : null;
  const at = script.steps.findIndex((s) => s.id === next);
  return at > index ? at : null;
}

/** The steps a session went through, in order, following the line chosen at each one. */
export function sessionPath(script: RoleplayScript, chosen: readonly { stepId: string; branchId: string | null }[]): number[] {
  const branchOf = new Map(chosen.map((c) => [c.stepId, c.branchId]));
  const path: number[] = [];
  for (let i: number | null = 0; i !== null && path.length < script.steps.length;) {
    path.push(i);
    i = nextIndex(script, i, branchOf.get(script.steps[i]!.id) ?? null);
  }
  return path;
}

/**
 * Where the coach is on the path the chosen lines make: step `at` of `of`. Steps after the
 * current one count along the lines chosen so far (the main line where none was chosen), so a
 * detour a branch skips is not counted, and one it adds is.
 */
export function stepPosition(
  script: RoleplayScript,
  chosen: readonly { stepId: string; branchId: string | null }[],
  index: number,
): { at: number; of: number } {
  const path = sessionPath(script, chosen);
  const at = path.indexOf(index);
  return at >= 0 ? { at: at + 1, of: path.length } : { at: index + 1, of: script.steps.length };
}

/** Where a line leads, in words for the coach: null when it simply goes on to the next step. */
export function leadsTo(script: RoleplayScript, next: string | null): string | null {
  if (next === null) return null;
  if (next === END_OF_SCRIPT) return 'The conversation ends here.';
  const at = script.steps.findIndex((s) => s.id === next);
  return at >= 0 ? `Leads to step ${at + 1}.` : null;
}

export type PathProblem = { path: string; message: string };
export type Walk = { paths: number; problems: PathProblem[] };

const describePath = (script: RoleplayScript, taken: { index: number; line: Line }[]) =>
  taken.map((t) => `${script.steps[t.index]!.id}${t.line.id ? `/${t.line.id}` : ''}`).join(' → ');

/**
 * Walks every path through a script (every line at every step, following where each leads) and
 * reports each line that assumes what an earlier line on that path said otherwise, or assumes a
 * fact no line before it has said yet; and any step no path reaches.
 */
export function walkScript(script: RoleplayScript, limit = 100_000): Walk {
  const settable = new Set(script.steps.flatMap((s) => [null, ...s.branches.map((b) => b.id)].flatMap((id) => Object.keys(lineAt(s, id).sets))));
  const reached = new Set<number>();
  const problems: PathProblem[] = [];
  let paths = 0;
  const visit = (index: number | null, state: BuyerState, taken: { index: number; line: Line }[]): void => {
    if (paths >= limit) return;
    if (index === null) {
      paths++;
      return;
    }
    reached.add(index);
    const step = script.steps[index]!;
    for (const branchId of [null, ...step.branches.map((b) => b.id)]) {
      const line = lineAt(step, branchId);
      const here = [...taken, { index, line }];
      const clash = Object.entries(line.assumes).find(([k, v]) => (k in state ? state[k] !== v : settable.has(k)));
      if (clash) {
        const [k, v] = clash;
        const said = k in state ? `an earlier line left “${k}” as “${state[k]}”` : `no line before it says anything about “${k}”`;
        problems.push({ path: describePath(script, here), message: `“${line.buyer}” takes “${k}” as “${v}”, but ${said}` });
        paths++;
        continue;
      }
      visit(nextIndex(script, index, branchId), { ...state, ...line.assumes, ...line.sets }, here);
    }
  };
  visit(0, { ...(script.startState ?? {}) }, []);
  script.steps.forEach((s, i) => {
    if (!reached.has(i)) problems.push({ path: s.id, message: `No line leads to step “${s.id}”` });
  });
  return { paths, problems };
}
