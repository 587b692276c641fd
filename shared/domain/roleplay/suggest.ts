import type { RoleplayScript, Verdict, WeakStage } from '@shared/schemas';
import { SKILLS_FOR_STAGE } from './labels';

const DIFFICULTY_ORDER = { foundation: 0, intermediate: 1, advanced: 2 } as const;

/**
 * Skills whose scripts each train one stage's objection (price at opportunity → win, "send me
 * information" at prospecting…): such a script is suggested only for the stage it is set at.
 */
const STAGE_BOUND_SKILLS: ReadonlySet<RoleplayScript['skill']> = new Set(['objection-handling']);

/** The activity half of a gap: calls that land and get past the front desk. */
const EFFORT_STAGE: WeakStage = 'prospecting';

function forStage(scripts: readonly RoleplayScript[], stage: WeakStage): RoleplayScript[] {
  const skills = SKILLS_FOR_STAGE[stage];
  // A stage-bound script set at this stage fits even when its skill is not one of the stage's own (after them).
  const rank = (s: RoleplayScript) => (skills.includes(s.skill) ? skills.indexOf(s.skill) : skills.length);
  return scripts
    .filter((s) => (STAGE_BOUND_SKILLS.has(s.skill) ? s.stage === stage : skills.includes(s.skill)))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(b.stage === stage) - Number(a.stage === stage) ||
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        a.title.localeCompare(b.title),
    );
}

export type Suggestions = {
  /** Scripts for the weak stage: the skills that move it (most direct first), objections only of that stage. */
  skill: RoleplayScript[];
  /** Scripts for an effort gap (alone or mixed): making more first calls land. Never repeats a skill script. */
  effort: RoleplayScript[];
};

/**
 * What to practise for a diagnosis: every script that fits, none cut off and none borrowed
 * from another stage. A mixed gap gets both halves; on track or no data, none.
 */
export function suggestScripts(scripts: readonly RoleplayScript[], weakStage: WeakStage | null, verdict: Verdict | null = null): Suggestions {
  const skillHalf = verdict !== 'effort';
  const skill = skillHalf && weakStage ? forStage(scripts, weakStage) : [];
  const taken = new Set(skill.map((s) => s.id));
  const effort = verdict === 'effort' || verdict === 'mixed' ? forStage(scripts, EFFORT_STAGE).filter((s) => !taken.has(s.id)) : [];
  return { skill, effort };
}
