import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoleplayScript } from '@shared/schemas';
import { roleplayScriptSchema } from '@shared/schemas';
import { loadLibrary, sessionPath, stepPosition, walkScript } from './index';

const DIR = join(import.meta.dirname, '../../../resources/roleplay');
const { scripts, problems } = loadLibrary(readdirSync(DIR).map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') })));
const byId = (id: string) => scripts.find((s) => s.id === id)!;
const edit = (s: RoleplayScript, f: (x: RoleplayScript) => void): RoleplayScript => {
  const copy = JSON.parse(JSON.stringify(s)) as RoleplayScript;
  f(copy);
  return copy;
};

/** Written forms a buyer would not say aloud in a live conversation. */
const WRITTEN =
  /\b(let us|do not|does not|did not|is not|are not|was not|cannot|will not|would not|I am|I will|I would|we are|you are|they are|that is|it is|what is|there is)\b(?![.?!,])/i;

describe('every path of every script', () => {
  it('loads all 13 scripts', () => {
    expect(problems).toEqual([]);
    expect(scripts).toHaveLength(13);
  });

  it.each(scripts.map((s) => [s.id, s] as const))('%s: no line contradicts an earlier answer, and every step is reached', (_, script) => {
    const walk = walkScript(script);
    expect(walk.problems).toEqual([]);
    // Every line at every step was tried: at least one path per line.
    const lines = script.steps.reduce((n, s) => n + 1 + s.branches.length, 0);
    expect(walk.paths).toBeGreaterThanOrEqual(lines - script.steps.length + 1);
  });

  it.each(scripts.map((s) => [s.id, s] as const))('%s: every buyer line is marked and spoken, not written', (_, script) => {
    for (const step of script.steps)
      for (const line of [step, ...step.branches]) {
        expect(line.buyer, line.buyer).not.toMatch(WRITTEN);
        expect(Object.keys(line.assumes).length, `${step.id}: “${line.buyer}” says which buyer state it assumes`).toBeGreaterThan(0);
      }
  });

  it('finds the line that contradicts an earlier answer: “over the weekend” then “Yes, let’s do it”', () => {
    const broken = edit(byId('closing-ask-for-commitment'), (s) => {
      s.steps.find((x) => x.id === 'ask')!.branches[0]!.next = null;
    });
    const walk = walkScript(broken);
    // Once for each way to reach the hesitation (two lines at each of the first two steps).
    expect(walk.problems).toHaveLength(4);
    expect(new Set(walk.problems.map((p) => p.message)).size).toBe(1);
    expect(walk.problems[0]).toEqual({
      path: 'positive → concern → answer → ask/hesitate → confirm',
      message: '“Yes, let’s do it. What do you need from me?” takes “decision” as “undecided”, but an earlier line left “decision” as “deferred”',
    });
  });

  it('finds a line that takes as said what no line before it said, and a step nothing leads to', () => {
    const early = edit(byId('follow-up-stalled-deal'), (s) => {
      s.steps.find((x) => x.id === 'change')!.sets = {};
    });
    expect(walkScript(early).problems.map((p) => p.message)[0]).toMatch(/takes “budget-holder” as “new”, but no line before it says anything/);
    const orphan = edit(byId('objection-timing'), (s) => {
      s.steps.find((x) => x.id === 'cost')!.branches[0]!.next = 'plan';
    });
    expect(walkScript(orphan).problems).toContainEqual({ path: 'cooled', message: 'No line leads to step “cooled”' });
  });

  it('a branch follows its own path until it rejoins: the pressure detour of the timing script', () => {
    const timing = byId('objection-timing');
    const chose = (picks: Record<string, string>) => timing.steps.map((s) => ({ stepId: s.id, branchId: picks[s.id] ?? null }));
    const ids = (path: number[]) => path.map((i) => timing.steps[i]!.id);
    expect(ids(sessionPath(timing, chose({})))).toEqual(['delay', 'reason', 'cost', 'plan', 'commit']);
    expect(ids(sessionPath(timing, chose({ cost: 'pressure' })))).toEqual(['delay', 'reason', 'cost', 'cooled', 'plan', 'commit']);
    expect(ids(sessionPath(timing, chose({ delay: 'accept' })))).toEqual(['delay']);
  });

  it('counts steps along the chosen path: the timing script is 5 steps, 6 with the pressure detour, 1 when the buyer agrees at once', () => {
    const timing = byId('objection-timing');
    const chose = (picks: Record<string, string>) => timing.steps.map((s) => ({ stepId: s.id, branchId: picks[s.id] ?? null }));
    const at = (id: string) => timing.steps.findIndex((s) => s.id === id);
    expect(timing.steps).toHaveLength(6);
    expect(stepPosition(timing, chose({}), at('plan'))).toEqual({ at: 4, of: 5 });
    expect(stepPosition(timing, chose({ cost: 'pressure' }), at('cooled'))).toEqual({ at: 4, of: 6 });
    expect(stepPosition(timing, chose({ cost: 'pressure' }), at('plan'))).toEqual({ at: 5, of: 6 });
    expect(stepPosition(timing, chose({ delay: 'accept' }), at('delay'))).toEqual({ at: 1, of: 1 });
  });

  it('a script stored before lines were marked (a custom script, a session’s copy) still walks step by step', () => {
    const old = edit(byId('objection-timing'), (s) => {
      const o = s as unknown as { startState?: unknown; steps: Record<string, unknown>[] };
      delete o.startState;
      for (const step of o.steps) {
        delete step.assumes;
        delete step.sets;
        delete step.next;
        for (const b of step.branches as Record<string, unknown>[]) {
          delete b.assumes;
          delete b.sets;
          delete b.next;
        }
      }
    });
    expect(
      sessionPath(
        old,
        old.steps.map((s) => ({ stepId: s.id, branchId: null })),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5]);
    expect(walkScript(old).problems).toEqual([]);
  });

  it('the schema refuses a line that leads back or nowhere', () => {
    const back = edit(byId('objection-timing'), (s) => {
      s.steps[2]!.next = 'delay';
    });
    expect(roleplayScriptSchema.safeParse(back).error?.issues[0]?.message).toBe('A line can only lead to a later step, not back to “delay”');
    const nowhere = edit(byId('objection-timing'), (s) => {
      s.steps[2]!.branches[0]!.next = 'lunch';
    });
    expect(roleplayScriptSchema.safeParse(nowhere).error?.issues[0]?.message).toBe('There is no step “lunch” to go to');
  });
});
